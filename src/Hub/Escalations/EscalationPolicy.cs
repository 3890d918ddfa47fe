using System.Globalization;

namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>A portfolio's escalation tiers for emergencies, parsed from its <c>escalation</c> section.</summary>
/// <param name="Tiers">In order.</param>
internal sealed record EscalationPolicy(IReadOnlyList<EscalationTier> Tiers)
{
    /// <summary>
    /// Without an <c>escalation</c> section: the on-call technician, the rotation's next member, the supervisor, then
    /// the regional manager, each texted and called, five minutes each (ten for the manager).
    /// </summary>
    public static EscalationPolicy Default { get; } = new(
    [
        new("primary", new EscalationTarget(EscalationTarget.OnCall), [EscalationChannels.Sms, EscalationChannels.Voice], TimeSpan.FromMinutes(5), 0),
        new("backup", new EscalationTarget(EscalationTarget.Backup), [EscalationChannels.Sms, EscalationChannels.Voice], TimeSpan.FromMinutes(5), 0),
        new("supervisor", new EscalationTarget(EscalationTarget.Supervisor), [EscalationChannels.Sms, EscalationChannels.Voice], TimeSpan.FromMinutes(5), 0),
        new("regional manager", new EscalationTarget(EscalationTarget.Manager), [EscalationChannels.Sms, EscalationChannels.Voice], TimeSpan.FromMinutes(10), 0),
    ]);

    /// <summary>The longest a tier may wait; a page nobody answers for a day is no page.</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromHours(4);

    /// <summary>Reads the section; problems are added as <c>escalation: ...</c> lines and the result is then null.</summary>
    public static EscalationPolicy? Read(EscalationDocument document, ICollection<string> problems)
    {
        var before = problems.Count;
        var tiers = new List<EscalationTier>();
        if (document.Tiers.Count == 0)
        {
            problems.Add("escalation: at least one tier is needed");
        }

        for (var i = 0; i < document.Tiers.Count; i++)
        {
            var tier = document.Tiers[i];
            var where = $"escalation: tier {i + 1} ('{tier.Name}')";
            if (string.IsNullOrWhiteSpace(tier.Name))
            {
                problems.Add($"escalation: tier {i + 1} has no name");
            }

            if (!EscalationTarget.TryParse(tier.Target, out var target))
            {
                problems.Add($"{where}: target '{tier.Target}' is not on-call, backup, supervisor, manager or contact:<code>");
            }

            var channels = tier.Channels.Select(c => c.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
            if (channels.Count == 0 || channels.Any(c => c is not (EscalationChannels.Sms or EscalationChannels.Voice)))
            {
                problems.Add($"{where}: channels must be sms, voice or both");
            }

            if (!TimeSpan.TryParse(tier.Timeout, CultureInfo.InvariantCulture, out var timeout) || timeout < TimeSpan.FromSeconds(5) || timeout > MaxTimeout)
            {
                problems.Add($"{where}: timeout '{tier.Timeout}' must be a duration from 00:00:05 to {MaxTimeout:hh\\:mm\\:ss}");
            }

            if (tier.Repeats is < 0 or > 5)
            {
                problems.Add($"{where}: repeats must be 0 to 5");
            }

            tiers.Add(new EscalationTier(tier.Name.Trim(), target, channels, timeout, tier.Repeats));
        }

        return problems.Count > before ? null : new EscalationPolicy(tiers);
    }

    public EscalationDocument ToDocument() => new()
    {
        Tiers = Tiers.Select(t => new EscalationTierDocument
        {
            Name = t.Name, Target = t.Target.ToString(), Channels = t.Channels, Timeout = t.Timeout.ToString("c", CultureInfo.InvariantCulture), Repeats = t.Repeats,
        }).ToList(),
    };
}
