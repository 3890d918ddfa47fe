using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Workflows.Runtime;
using AiPhoneCoverage.Hub.Workflows.Runtime.Activities;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Triage;

/// <summary>
/// Runs a scenario through the portfolio's published Intake workflow on the real runtime, as an already identified
/// resident: each of the scenario's turns is the caller's next words, whatever the hub asked. Everything happens in a
/// transaction that is rolled back, so an evaluation leaves nothing behind.
/// </summary>
internal sealed class ScenarioRunner(HubDatabase database, WorkflowRunner runner)
{
    public async Task<TriageResult> RunAsync(Guid portfolioId, TriageScenario scenario, string? model, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.For(portfolioId));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var input = new Dictionary<string, JsonNode?>
        {
            ["Resident"] = new JsonObject { ["externalId"] = "scenario", ["firstName"] = "Scenario" },
            [IntakeState.Context] = new JsonObject
            {
                ["outdoor_temp_f"] = scenario.Context.OutdoorTempF,
                ["vulnerable_occupant"] = scenario.Context.VulnerableOccupant,
                ["local_time"] = scenario.Context.LocalTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            },
            ["ModelOverride"] = model is null ? null : JsonValue.Create(model),
        };
        var instance = await runner.StartAsync(db, "intake", $"triage:{scenario.Id}", input, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // The caller's turns in order; when they run out while the hub waits for an answer, the caller says nothing (asked
        // again once, then the caller could not answer).
        foreach (var turn in scenario.Turns.Concat(Enumerable.Repeat(string.Empty, 4)))
        {
            if (instance.Status != WorkflowStatus.Suspended)
            {
                break;
            }

            await runner.ResumeNextAsync(db, instance.Id, new ResumeInput(BookmarkKinds.Input, JsonValue.Create(turn)), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        var state = WorkflowStateJson.Read(instance.StateJson);
        await transaction.RollbackAsync(cancellationToken);
        return Result(scenario, state);
    }

    private static TriageResult Result(TriageScenario scenario, WorkflowState state)
    {
        var analysis = IntakeState.GetAnalysis(state) ?? new IntentAnalysis(Category.General, 0, [], new Dictionary<string, string>());
        var triage = state.Variables.TryGetValue(IntakeState.Triage, out var t) ? t : null;
        var urgency = WireNames.TryParse<Urgency>(triage?["urgency"]?.GetValue<string>(), out var decided) ? decided : Urgency.None;
        return new TriageResult(
            scenario.Id,
            analysis.Category,
            urgency,
            triage?["life_safety"]?.GetValue<bool>() ?? false,
            analysis.Confidence,
            analysis.Signals.Where(s => s.Present).Select(s => s.Name).ToList(),
            IntakeState.Answers(state).Select(a => FollowUpQuestions.Text(a.Question)).ToList(),
            triage?["rule"]?.GetValue<string>() ?? "not_triaged",
            state.Variables.TryGetValue("ModelFallback", out var fallback) ? fallback?.GetValue<string>() : null);
    }
}
