namespace AiPhoneCoverage.Hub.Routing;

/// <summary>What routing needs to answer for one property: its own rotations and the portfolio-wide ones, each in order.</summary>
internal sealed record OnCallSchedule(string PropertyCode, TimeZoneInfo Zone, IReadOnlyList<OnCallRotation> Rotations);
