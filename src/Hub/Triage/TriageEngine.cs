using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Triage;

/// <summary>
/// The triage policy as code: signals, context and the portfolio's policy in, urgency, life safety, the one follow-up
/// worth asking and the reasons out. The model never decides urgency; this does, by the rules of docs/triage.md, in
/// order: life safety, override keywords, emergencies, urgent conditions, then the category's default. A question is
/// asked only when its answer would change the urgency and was not given yet; when the caller cannot answer, the safer
/// urgency wins.
/// </summary>
internal static class TriageEngine
{
    public static TriageDecision Decide(TriagePolicy policy, IntentAnalysis analysis, IReadOnlyList<string> callerTurns, TriageContext context, IReadOnlyList<FollowUpAnswer> answers)
    {
        var facts = new TriageFacts(analysis, context, answers);
        var reasons = new List<string> { $"category {analysis.Category.ToWire()} ({analysis.Confidence:0.00})" };
        reasons.AddRange(analysis.Signals.Select(s => $"signal {s.Name}={(s.Present ? "yes" : "no")}"));
        if (callerTurns.All(string.IsNullOrWhiteSpace))
        {
            return new TriageDecision(Urgency.None, false, null, null, "no_request", reasons);
        }

        var decision = LifeSafety(facts)
            ?? Override(policy, callerTurns, facts)
            ?? Emergency(policy, facts)
            ?? UrgentCondition(facts)
            ?? Default(policy, facts);
        return decision with { Reasons = reasons.Concat(decision.Reasons).ToList() };
    }

    private static TriageDecision? LifeSafety(TriageFacts facts)
    {
        if (facts.Is("gas_smell"))
        {
            return Life("life_safety.gas", LifeSafetyInstructions.Gas);
        }

        if (facts.Is("fire") || facts.Is("smoke") || facts.Is("fire_alarm"))
        {
            return Life("life_safety.fire", LifeSafetyInstructions.Fire);
        }

        if (facts.Is("co_alarm") && !facts.Is("detector_chirping") && !facts.Is("detector_missing"))
        {
            return Life("life_safety.carbon_monoxide", LifeSafetyInstructions.CarbonMonoxide);
        }

        if (facts.Is("trapped"))
        {
            return Life("life_safety.trapped", LifeSafetyInstructions.Trapped);
        }

        return facts.Is("crime") || facts.Is("injury") || facts.Is("child_locked_alone")
            ? Life("life_safety.danger", LifeSafetyInstructions.Danger)
            : null;
    }

    private static TriageDecision? Override(TriagePolicy policy, IReadOnlyList<string> callerTurns, TriageFacts facts)
    {
        var found = OverrideKeywords.Find(callerTurns, policy.OverrideKeywords);
        if (found.Count == 0)
        {
            return null;
        }

        // An override keyword escalates to emergency; gas, smoke, fire, carbon monoxide and trapped are life-safety cases.
        if (found.Contains("gas"))
        {
            return Life("override.gas", LifeSafetyInstructions.Gas);
        }

        if (found.Contains("smoke") || found.Contains("fire"))
        {
            return Life($"override.{found.First(k => k is "smoke" or "fire")}", LifeSafetyInstructions.Fire);
        }

        if (found.Contains("carbon monoxide") && !facts.Is("detector_chirping") && !facts.Is("detector_missing"))
        {
            return Life("override.carbon_monoxide", LifeSafetyInstructions.CarbonMonoxide);
        }

        if (found.Contains("trapped") && !facts.Is("child_locked_alone"))
        {
            return Life("override.trapped", facts.Is("elevator_out") || facts.Analysis.Category == Category.Elevator ? LifeSafetyInstructions.Trapped : LifeSafetyInstructions.Danger);
        }

        var keyword = found.FirstOrDefault(k => k is not "carbon monoxide" and not "trapped");
        if (keyword is null)
        {
            return null;
        }

        return Decided(Urgency.Emergency, $"override.{keyword.Replace(' ', '_')}", $"override keyword '{keyword}'");
    }

    /// <summary>Every emergency condition is checked: an emergency wins, then a question that could reveal one, then an urgent finding.</summary>
    private static TriageDecision? Emergency(TriagePolicy policy, TriageFacts facts)
    {
        TriageDecision?[] findings =
        [
            Water(facts),
            facts.Is("sewage") ? Decided(Urgency.Emergency, "emergency.sewage") : null,
            facts.Is("water_outage_area") ? Decided(Urgency.None, "none.water_utility", "a water outage beyond the property: the caller should follow the utility's notice") : null,
            facts.Is("no_water") && !facts.Is("water_outage_area") ? Decided(Urgency.Emergency, "emergency.no_water") : null,
            Toilet(facts),
            Temperature(policy, facts),
            Power(facts),
            facts.Is("sparks") || facts.Is("panel_hot") ? Decided(Urgency.Emergency, "emergency.electrical_hazard") : null,
            Secure(facts),
            facts.Is("ceiling_falling") ? Decided(Urgency.Emergency, "emergency.ceiling") : null,
        ];
        var found = findings.OfType<TriageDecision>().ToList();
        return found.FirstOrDefault(f => f.Urgency == Urgency.Emergency)
            ?? found.FirstOrDefault(f => f.Ask is not null)
            ?? found.FirstOrDefault(f => f.Urgency == Urgency.Urgent)
            ?? found.FirstOrDefault();
    }

    private static TriageDecision? Water(TriageFacts facts)
    {
        var waterProblem = facts.Is("leak") || facts.Is("flood") || facts.Is("water_active") || (facts.Is("through_ceiling") && facts.Analysis.Category == Category.Plumbing)
            || (facts["water_active"] == false && facts.Analysis.Category is Category.Plumbing or Category.Structural);
        var onlyADrip = facts.Is("faucet_drip") && facts["water_active"] != true && !facts.Is("flood");
        if (!waterProblem || onlyADrip || facts.Is("toilet_running"))
        {
            return null;
        }

        return facts["water_active"] switch
        {
            true => Decided(Urgency.Emergency, "emergency.active_water"),
            false => Decided(Urgency.Urgent, "urgent.contained_leak"),
            null when facts.Asked.Contains(FollowUp.WaterStillFlowing) => Decided(Urgency.Emergency, "emergency.active_water.unknown_safer", "the caller could not say whether water still flows"),
            null => Ask(FollowUp.WaterStillFlowing, Urgency.Urgent, "follow_up.water"),
        };
    }

    private static TriageDecision? Toilet(TriageFacts facts)
    {
        if (!facts.Is("toilet_clogged") || facts.Is("toilet_running"))
        {
            return null;
        }

        return facts["only_toilet"] switch
        {
            true => Decided(Urgency.Emergency, "emergency.only_toilet"),
            false => Decided(Urgency.Urgent, "urgent.toilet_other_works"),
            null when facts.Asked.Contains(FollowUp.OnlyToilet) => Decided(Urgency.Emergency, "emergency.only_toilet.unknown_safer", "the caller could not say whether another toilet works"),
            null => Ask(FollowUp.OnlyToilet, Urgency.Urgent, "follow_up.toilet"),
        };
    }

    private static TriageDecision? Temperature(TriagePolicy policy, TriageFacts facts)
    {
        var noHeat = facts.Is("no_heat") && !facts.Is("heat_stuck_on");
        var noAc = facts.Is("no_ac");
        if (!noHeat && !noAc)
        {
            return null;
        }

        var vulnerable = facts.Vulnerable;
        var outdoor = facts.Context.OutdoorTempF ?? facts.OutdoorTempF;
        if (outdoor is { } outside)
        {
            var threshold = noHeat ? (vulnerable == true ? policy.NoHeatVulnerableBelowF : policy.NoHeatBelowF) : (vulnerable == true ? policy.NoAcVulnerableAboveF : policy.NoAcAboveF);
            var beyond = noHeat ? outside < threshold : outside > threshold;
            if (beyond)
            {
                return Decided(Urgency.Emergency, noHeat ? "emergency.no_heat" : "emergency.no_ac", $"outdoor {outside:0}°F {(noHeat ? "below" : "above")} {threshold:0}°F{(vulnerable == true ? " (vulnerable occupant)" : string.Empty)}");
            }

            // Only a vulnerable occupant could still make it an emergency: ask when it is not known and would matter.
            var vulnerableThreshold = noHeat ? policy.NoHeatVulnerableBelowF : policy.NoAcVulnerableAboveF;
            var wouldMatter = noHeat ? outside < vulnerableThreshold : outside > vulnerableThreshold;
            if (vulnerable is null && wouldMatter && !facts.Asked.Contains(FollowUp.TemperatureAndOccupants))
            {
                return Ask(FollowUp.TemperatureAndOccupants, Urgency.Urgent, noHeat ? "follow_up.no_heat" : "follow_up.no_ac");
            }

            if (vulnerable is null && wouldMatter)
            {
                return Decided(Urgency.Emergency, noHeat ? "emergency.no_heat.unknown_safer" : "emergency.no_ac.unknown_safer", "the caller could not say whether someone vulnerable lives there");
            }

            return Decided(Urgency.Urgent, noHeat ? "urgent.no_heat" : "urgent.no_ac", $"outdoor {outside:0}°F within the {threshold:0}°F threshold");
        }

        // The outdoor temperature is not known: the caller's words and the inside temperature decide.
        if (noHeat && facts.Analysis.Signals.Any(s => s.Name == "no_heat") && Says(facts, "freezing"))
        {
            return Decided(Urgency.Emergency, "emergency.no_heat.freezing", "the caller says the home is freezing");
        }

        if (facts.InsideTempF is { } inside)
        {
            var emergency = noHeat ? inside < policy.NoHeatInsideBelowF : inside > policy.NoAcInsideAboveF;
            return emergency || vulnerable == true
                ? Decided(Urgency.Emergency, noHeat ? "emergency.no_heat.inside" : "emergency.no_ac.inside", $"inside {inside:0}°F")
                : Decided(Urgency.Urgent, noHeat ? "urgent.no_heat" : "urgent.no_ac", $"inside {inside:0}°F");
        }

        if (vulnerable == true)
        {
            return Decided(Urgency.Emergency, noHeat ? "emergency.no_heat.vulnerable" : "emergency.no_ac.vulnerable", "a vulnerable occupant");
        }

        return facts.Asked.Contains(FollowUp.TemperatureAndOccupants)
            ? Decided(Urgency.Emergency, noHeat ? "emergency.no_heat.unknown_safer" : "emergency.no_ac.unknown_safer", "the temperature is not known")
            : Ask(FollowUp.TemperatureAndOccupants, Urgency.Urgent, noHeat ? "follow_up.no_heat" : "follow_up.no_ac");
    }

    private static TriageDecision? Power(TriageFacts facts)
    {
        if (!facts.Is("power_out"))
        {
            return null;
        }

        if (facts.Is("medical_equipment"))
        {
            return Decided(Urgency.Emergency, "emergency.power_medical");
        }

        if (facts.Is("partial_power") || facts.Is("breaker_tripping"))
        {
            return null; // some circuits out: urgent, below
        }

        return facts["power_out_area"] switch
        {
            true => Decided(Urgency.None, "none.utility_outage", "a utility-wide outage: the caller should report it to the utility"),
            false => Decided(Urgency.Emergency, "emergency.power_unit"),
            null when facts.Asked.Contains(FollowUp.PowerScope) => Decided(Urgency.Emergency, "emergency.power_unit.unknown_safer", "the caller could not say whether others are out"),
            null => Ask(FollowUp.PowerScope, Urgency.Urgent, "follow_up.power"),
        };
    }

    private static TriageDecision? Secure(TriageFacts facts)
    {
        if (facts.Is("cannot_secure"))
        {
            return Decided(Urgency.Emergency, "emergency.cannot_secure");
        }

        if (!facts.Is("door_or_window_broken") || facts["cannot_secure"] == false)
        {
            return null;
        }

        return facts.Asked.Contains(FollowUp.CanLock)
            ? Decided(Urgency.Emergency, "emergency.cannot_secure.unknown_safer", "the caller could not say whether the home locks")
            : Ask(FollowUp.CanLock, Urgency.Urgent, "follow_up.secure");
    }

    private static TriageDecision? UrgentCondition(TriageFacts facts)
    {
        string[] urgent = ["lockout", "no_hot_water", "fridge_not_cooling", "detector_chirping", "detector_missing", "heat_stuck_on", "elevator_out", "partial_power", "breaker_tripping", "exposed_wiring", "door_or_window_broken", "gate_stuck_open", "railing_loose"];
        var found = urgent.FirstOrDefault(facts.Is);
        return found is null ? null : Decided(Urgency.Urgent, $"urgent.{found}");
    }

    private static TriageDecision Default(TriagePolicy policy, TriageFacts facts)
    {
        var urgency = policy.CategoryDefaults.TryGetValue(facts.Analysis.Category, out var byCategory) ? byCategory : Urgency.Routine;
        return Decided(urgency, $"default.{facts.Analysis.Category.ToWire()}");
    }

    private static bool Says(TriageFacts facts, string word) => facts.Analysis.Entities.Values.Any(v => v.Contains(word, StringComparison.Ordinal)) || facts.Is(word);

    private static TriageDecision Life(string rule, string instructions) => new(Urgency.Emergency, true, instructions, null, rule, [$"rule {rule}"]);

    private static TriageDecision Decided(Urgency urgency, string rule, string? why = null) =>
        new(urgency, false, null, null, rule, why is null ? [$"rule {rule}"] : [$"rule {rule}", why]);

    private static TriageDecision Ask(FollowUp followUp, Urgency meanwhile, string rule) =>
        new(meanwhile, false, null, followUp, rule, [$"rule {rule}", $"asks: {FollowUpQuestions.Text(followUp)}"]);
}
