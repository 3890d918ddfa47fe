using System.Globalization;

namespace AiPhoneCoverage.Hub.Sla;

/// <summary>A portfolio's SLA targets per urgency: its <c>sla</c> section over the defaults of triage-policy.md.</summary>
/// <param name="Targets">Per urgency, the targets in order.</param>
/// <param name="NearBreachAt">The share of a target's time after which it is near breach.</param>
internal sealed record SlaPolicy(IReadOnlyDictionary<string, IReadOnlyList<SlaTarget>> Targets, double NearBreachAt)
{
    public const string Acknowledge = "acknowledge";
    public const string OnSite = "on_site";
    public const string Contained = "contained";
    public const string Respond = "respond";
    public const string Reply = "reply";

    /// <summary>
    /// triage-policy.md: emergency, acknowledge 15 min, on site 2 h, contained 24 h; urgent 24 h; routine 5 days; none,
    /// a reply by the next business day (counted here as 24 hours).
    /// </summary>
    public static SlaPolicy Default { get; } = new(
        new Dictionary<string, IReadOnlyList<SlaTarget>>(StringComparer.Ordinal)
        {
            ["emergency"] = [new(Acknowledge, TimeSpan.FromMinutes(15)), new(OnSite, TimeSpan.FromHours(2)), new(Contained, TimeSpan.FromHours(24))],
            ["urgent"] = [new(Respond, TimeSpan.FromHours(24))],
            ["routine"] = [new(Respond, TimeSpan.FromDays(5))],
            ["none"] = [new(Reply, TimeSpan.FromHours(24))],
        },
        0.8);

    public static IReadOnlyList<string> TargetNames { get; } = [Acknowledge, OnSite, Contained, Respond, Reply];

    /// <summary>The targets of an urgency (none for an unknown one).</summary>
    public IReadOnlyList<SlaTarget> For(string urgency) => Targets.TryGetValue(urgency, out var targets) ? targets : [];

    /// <summary>Reads the section over the defaults; problems are added as <c>sla: ...</c> lines and the result is then null.</summary>
    public static SlaPolicy? Read(SlaDocument document, ICollection<string> problems)
    {
        var before = problems.Count;
        var targets = new Dictionary<string, IReadOnlyList<SlaTarget>>(Default.Targets, StringComparer.Ordinal);
        foreach (var (urgency, named) in document.Targets)
        {
            if (!Default.Targets.ContainsKey(urgency))
            {
                problems.Add($"sla: '{urgency}' is not an urgency (emergency, urgent, routine, none)");
                continue;
            }

            var list = new List<SlaTarget>();
            foreach (var (name, text) in named)
            {
                if (!TargetNames.Contains(name))
                {
                    problems.Add($"sla: {urgency}.{name}: not a target ({string.Join(", ", TargetNames)})");
                }
                else if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var within) || within <= TimeSpan.Zero || within > TimeSpan.FromDays(60))
                {
                    problems.Add($"sla: {urgency}.{name}: '{text}' must be a duration from 00:00:01 to 60.00:00:00");
                }
                else
                {
                    list.Add(new SlaTarget(name, within));
                }
            }

            targets[urgency] = list;
        }

        var nearBreach = document.NearBreachAt ?? Default.NearBreachAt;
        if (nearBreach is <= 0 or >= 1)
        {
            problems.Add($"sla: nearBreachAt {nearBreach.ToString(CultureInfo.InvariantCulture)} must be between 0 and 1 (0.8 is at 80 %)");
        }

        return problems.Count > before ? null : new SlaPolicy(targets, nearBreach);
    }

    public SlaDocument ToDocument() => new()
    {
        Targets = Targets.ToDictionary(
            t => t.Key,
            t => (IReadOnlyDictionary<string, string>)t.Value.ToDictionary(x => x.Name, x => x.Within.ToString("c", CultureInfo.InvariantCulture), StringComparer.Ordinal),
            StringComparer.Ordinal),
        NearBreachAt = NearBreachAt,
    };
}
