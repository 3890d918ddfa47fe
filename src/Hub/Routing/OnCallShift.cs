namespace AiPhoneCoverage.Hub.Routing;

/// <summary>One turn of a rotation: the <see cref="Number"/>th handoff since its first, and who holds it until the next.</summary>
internal sealed record OnCallShift(long Number, int MemberIndex, OnCallContact Member, DateTimeOffset Start, DateTimeOffset End);
