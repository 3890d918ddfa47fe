namespace AiPhoneCoverage.Hub.Routing;

/// <summary>A contact replacing a rotation from one local date-time (inclusive) to another (exclusive), in the rotation's zone.</summary>
internal sealed record OnCallOverride(Guid Id, OnCallContact Contact, DateTime FromLocal, DateTime ToLocal, string? Note, TimeZoneInfo Zone)
{
    public DateTimeOffset From { get; } = LocalTimes.ToInstant(FromLocal, Zone);

    public DateTimeOffset To { get; } = LocalTimes.ToInstant(ToLocal, Zone);

    public bool Covers(DateTimeOffset instant) => From <= instant && instant < To;
}
