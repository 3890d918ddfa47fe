using System.Globalization;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Triage;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// Where the intake activities keep the conversation in the instance's variables: the caller's words (CallerTurns), the
/// model's analysis (Analysis), the hub's context (Context), follow-ups asked and answered (FollowUps) and the triage
/// decision (Triage). Plain JSON, so that a definition's JavaScript can read them too.
/// </summary>
internal static class IntakeState
{
    public const string CallerTurns = "CallerTurns";
    public const string Analysis = "Analysis";
    public const string Context = "Context";
    public const string FollowUps = "FollowUps";
    public const string Triage = "Triage";
    public const string PendingFollowUp = "PendingFollowUp";

    public static IReadOnlyList<string> Turns(WorkflowState state) =>
        state.Variables.TryGetValue(CallerTurns, out var turns) && turns is JsonArray array ? array.Select(t => t?.GetValue<string>() ?? string.Empty).ToList() : [];

    public static void AddTurn(WorkflowState state, string text) => Append(state, CallerTurns, JsonValue.Create(text));

    public static void SetAnalysis(WorkflowState state, IntentAnalysis analysis) => state.Variables[Analysis] = new JsonObject
    {
        ["category"] = analysis.Category.ToWire(),
        ["confidence"] = analysis.Confidence,
        ["alternate"] = analysis.AlternateCategory?.ToWire(),
        ["signals"] = new JsonObject(analysis.Signals.Select(s => KeyValuePair.Create(s.Name, (JsonNode?)s.Present))),
        ["entities"] = new JsonObject(analysis.Entities.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)e.Value))),
    };

    public static IntentAnalysis? GetAnalysis(WorkflowState state)
    {
        if (!state.Variables.TryGetValue(Analysis, out var node) || node is not JsonObject json)
        {
            return null;
        }

        var category = WireNames.TryParse<Category>(json["category"]?.GetValue<string>(), out var parsed) ? parsed : Category.General;
        var signals = (json["signals"] as JsonObject ?? []).Select(s => new Signal(s.Key, s.Value?.GetValue<bool>() == true)).ToList();
        var entities = (json["entities"] as JsonObject ?? []).ToDictionary(e => e.Key, e => e.Value?.GetValue<string>() ?? string.Empty);
        Category? alternate = WireNames.TryParse<Category>(json["alternate"]?.GetValue<string>(), out var alt) ? alt : null;
        return new IntentAnalysis(category, json["confidence"]?.GetValue<double>() ?? 0, signals, entities, alternate);
    }

    /// <summary>The hub's context: <c>{"outdoor_temp_f": 38, "vulnerable_occupant": true, "local_time": "02:13"}</c>, any part optional.</summary>
    public static TriageContext GetContext(WorkflowState state)
    {
        if (!state.Variables.TryGetValue(Context, out var node) || node is not JsonObject json)
        {
            return TriageContext.Unknown;
        }

        return new TriageContext(
            json["outdoor_temp_f"]?.GetValue<double>(),
            json["vulnerable_occupant"]?.GetValue<bool>(),
            json["local_time"]?.GetValue<string>() is { } time ? TimeOnly.Parse(time, CultureInfo.InvariantCulture) : null);
    }

    public static IReadOnlyList<FollowUpAnswer> Answers(WorkflowState state) =>
        state.Variables.TryGetValue(FollowUps, out var node) && node is JsonArray array
            ? array.OfType<JsonObject>().Select(a => new FollowUpAnswer(Enum.Parse<FollowUp>(a["question"]!.GetValue<string>()), a["answer"]?.GetValue<string>() ?? string.Empty)).ToList()
            : [];

    public static void AddAnswer(WorkflowState state, FollowUp question, string answer) =>
        Append(state, FollowUps, new JsonObject { ["question"] = question.ToString(), ["answer"] = answer });

    public static void SetDecision(WorkflowState state, TriageDecision decision) => state.Variables[Triage] = new JsonObject
    {
        ["urgency"] = decision.Urgency.ToWire(),
        ["life_safety"] = decision.LifeSafety,
        ["instructions"] = decision.Instructions,
        ["ask"] = decision.Ask?.ToString(),
        ["rule"] = decision.Rule,
        ["reasons"] = new JsonArray(decision.Reasons.Select(r => (JsonNode?)r).ToArray()),
    };

    public static FollowUp? DecidedAsk(WorkflowState state) =>
        state.Variables.TryGetValue(Triage, out var node) && node?["ask"]?.GetValue<string>() is { } ask ? Enum.Parse<FollowUp>(ask) : null;

    private static void Append(WorkflowState state, string variable, JsonNode item)
    {
        if (state.Variables.TryGetValue(variable, out var node) && node is JsonArray array)
        {
            array.Add(item);
        }
        else
        {
            state.Variables[variable] = new JsonArray(item);
        }
    }

    public static string? Instructions(WorkflowState state) =>
        state.Variables.TryGetValue(Triage, out var node) ? node?["instructions"]?.GetValue<string>() : null;

}
