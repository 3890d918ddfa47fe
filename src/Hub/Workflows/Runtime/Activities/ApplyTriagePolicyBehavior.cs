using AiPhoneCoverage.Hub.Triage;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// AiPhoneCoverage.ApplyTriagePolicy: the portfolio's published policy decides from the analysis, the context and the
/// follow-ups answered so far. The outcome is the life-safety case or the urgency decided so far; the decision, with
/// its rule and reasons, is kept in the Triage variable for the audit trail.
/// </summary>
internal sealed class ApplyTriagePolicyBehavior(TriagePolicyStore policies, TriagePolicyOverride draft) : IActivityBehavior
{
    public string TypeName => "AiPhoneCoverage.ApplyTriagePolicy";

    public async ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        var analysis = IntakeState.GetAnalysis(context.State);
        if (analysis is null)
        {
            return ActivityOutcome.Fault("ApplyTriagePolicy needs an AnalyzeRequest before it");
        }

        var policy = draft.Policy ?? (await policies.PublishedAsync(context.PortfolioId, context.CancellationToken)).Policy;
        var decision = TriageEngine.Decide(policy, analysis, IntakeState.Turns(context.State), IntakeState.GetContext(context.State), IntakeState.Answers(context.State));
        IntakeState.SetDecision(context.State, decision);
        context.Audit("triage", new
        {
            category = analysis.Category.ToWire(),
            urgency = decision.Urgency.ToWire(),
            life_safety = decision.LifeSafety,
            rule = decision.Rule,
            reasons = decision.Reasons,
            signals = analysis.Signals.Where(s => s.Present).Select(s => s.Name),
            ask = decision.Ask?.ToString(),
            policy = draft.Policy is null ? "published" : "draft",
        });
        context.SetOutput("Urgency", System.Text.Json.Nodes.JsonValue.Create(decision.Urgency.ToWire()));
        return ActivityOutcome.Take(decision switch
        {
            { LifeSafety: true } => "LifeSafety",
            { Urgency: Urgency.Emergency } => "Emergency",
            { Urgency: Urgency.Urgent } => "Urgent",
            { Urgency: Urgency.Routine } => "Routine",
            _ => "NotMaintenance",
        });
    }
}
