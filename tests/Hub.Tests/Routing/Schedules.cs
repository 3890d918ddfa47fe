using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AiPhoneCoverage.Hub.Routing;

namespace AiPhoneCoverage.Hub.Tests.Routing;

/// <summary>Builds on-call schedules in code for the resolver's tests: Maple Court in America/New_York.</summary>
internal static class Schedules
{
    public static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public static readonly Guid Property = Guid.Parse("0190a1b2-0000-7000-8000-000000000001");

    public static readonly OnCallWindow[] AfterHours =
    [
        new(new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }, new TimeOnly(17, 0), new TimeOnly(8, 0)),
        new(new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday }, TimeOnly.MinValue, null),
    ];

    /// <summary>A contact whose id follows from its code, so that two calls give the same contact.</summary>
    public static OnCallContact Contact(string code) =>
        new(new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(code))[..16]), code, code, "+16175550101", null, ContactRole.Technician);

    public static OnCallRotation Rotation(
        string name,
        string trade = Trades.Plumbing,
        RotationPeriod period = RotationPeriod.Weekly,
        string handoff = "08:00",
        DayOfWeek? day = DayOfWeek.Monday,
        string start = "2026-01-05",
        string[]? members = null,
        IReadOnlyList<OnCallWindow>? windows = null,
        bool portfolioWide = false,
        int position = 0,
        params (string Contact, string From, string To)[] overrides) => new()
    {
        Id = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes("rotation:" + name))[..16]),
        Name = name,
        PropertyId = portfolioWide ? null : Property,
        Trade = trade,
        Position = position,
        Period = period,
        HandoffDay = period == RotationPeriod.Weekly ? day : null,
        HandoffTime = TimeOnly.ParseExact(handoff, "HH:mm", CultureInfo.InvariantCulture),
        StartDate = DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Members = (members ?? ["ana", "ben", "cruz"]).Select(Contact).ToList(),
        Windows = windows ?? [],
        Overrides = overrides.Select(o => new OnCallOverride(Guid.NewGuid(), Contact(o.Contact), LocalTime(o.From), LocalTime(o.To), null, NewYork)).ToList(),
        Zone = NewYork,
    };

    public static OnCallSchedule For(params OnCallRotation[] rotations) => new("maple-court", NewYork, rotations);

    public static DateTime LocalTime(string text) => DateTime.ParseExact(text, "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>A Maple Court wall-clock time as an instant.</summary>
    public static DateTimeOffset Local(string text) => LocalTimes.ToInstant(LocalTime(text), NewYork);

    public static DateTimeOffset Utc(string text) => new(LocalTime(text), TimeSpan.Zero);
}
