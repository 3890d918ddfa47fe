using System.Globalization;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Triage;

/// <summary>
/// What the policy reads, gathered once: the model's signals and entities, the answers to follow-ups already asked
/// (a yes/no read relative to the question), and the hub's context. Each fact is true, false or unknown.
/// </summary>
internal sealed class TriageFacts
{
    private readonly Dictionary<string, bool> _signals;

    public TriageFacts(IntentAnalysis analysis, TriageContext context, IReadOnlyList<FollowUpAnswer> answers)
    {
        Analysis = analysis;
        Context = context;
        _signals = analysis.Signals.GroupBy(s => s.Name).ToDictionary(g => g.Key, g => g.Last().Present, StringComparer.Ordinal);
        InsideTempF = analysis.Entities.TryGetValue("inside_temp_f", out var inside) && double.TryParse(inside, CultureInfo.InvariantCulture, out var f) ? f : null;
        OutdoorTempF = analysis.Entities.TryGetValue("outdoor_temp_f", out var outdoor) && double.TryParse(outdoor, CultureInfo.InvariantCulture, out var o) ? o : null;
        Asked = answers.Select(a => a.Question).ToHashSet();
        foreach (var answer in answers)
        {
            Apply(answer);
        }
    }

    public IntentAnalysis Analysis { get; }

    public TriageContext Context { get; }

    public double? InsideTempF { get; private set; }

    /// <summary>The outdoor temperature the caller gave, when the hub does not know it.</summary>
    public double? OutdoorTempF { get; }

    public IReadOnlySet<FollowUp> Asked { get; }

    /// <summary>True, false, or null when the caller has not said.</summary>
    public bool? this[string signal] => _signals.TryGetValue(signal, out var value) ? value : null;

    public bool Is(string signal) => this[signal] == true;

    public bool? Vulnerable => Context.VulnerableOccupant == true || Is("vulnerable_occupant") ? true : Context.VulnerableOccupant ?? this["vulnerable_occupant"];

    private void Apply(FollowUpAnswer answer)
    {
        var yesNo = YesNo.Read(answer.Text);
        if (YesNo.IsUnsure(answer.Text))
        {
            // "I'm not sure, I think it stopped?": the caller cannot answer, so the question's fact stays unknown (the safer urgency wins).
            var unknown = answer.Question switch
            {
                FollowUp.WaterStillFlowing => "water_active",
                FollowUp.OnlyToilet => "only_toilet",
                FollowUp.CanLock => "cannot_secure",
                _ => null,
            };
            if (unknown is not null)
            {
                _signals.Remove(unknown);
            }

            return;
        }

        switch (answer.Question)
        {
            case FollowUp.WaterStillFlowing when yesNo is not null && this["water_active"] is null:
                _signals["water_active"] = yesNo.Value;
                break;
            case FollowUp.OnlyToilet when yesNo is not null && this["only_toilet"] is null:
                _signals["only_toilet"] = yesNo.Value;
                break;
            case FollowUp.CanLock when yesNo is not null && this["cannot_secure"] is null:
                _signals["cannot_secure"] = !yesNo.Value;
                break;
            case FollowUp.PowerScope when this["power_out_area"] is null && YesNo.SaysOnlyMine(answer.Text) is { } onlyMine:
                _signals["power_out_area"] = !onlyMine;
                break;
            case FollowUp.TemperatureAndOccupants:
                if (YesNo.Temperature(answer.Text) is { } temperature && InsideTempF is null)
                {
                    InsideTempF = temperature;
                }

                if (this["vulnerable_occupant"] is null && yesNo is not null && !YesNo.Temperature(answer.Text).HasValue)
                {
                    _signals["vulnerable_occupant"] = yesNo.Value;
                }

                break;
        }
    }
}
