using AiPhoneCoverage.Hub.Plugins;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Hub.Triage;
using AiPhoneCoverage.Sdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace AiPhoneCoverage.Hub.Tests.Triage;

/// <summary>
/// Runs the repo's scenario library through the local model and the default policy, turn by turn as a caller would
/// answer: the next turn answers the follow-up the policy asked; when turns run out after a question, the caller could
/// not answer. (The `aipc triage` runner will do the same through the published Intake workflow.)
/// </summary>
public sealed class ScenarioEvaluation(ITestOutputHelper output)
{
    [Fact]
    public async Task The_scenario_library_meets_the_triage_gates_through_the_local_model_and_the_default_policy()
    {
        var services = new ServiceCollection().AddLogging();
        new IsolatedPluginLoader(NullLogger<IsolatedPluginLoader>.Instance).LoadAll(RepoPaths.Plugins, services, new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();
        var model = provider.GetRequiredKeyedService<IIntentModel>("ai.local");

        // AIPC_SCENARIOS points the evaluation at another folder of scenario files (the development set, for a look).
        var folder = Environment.GetEnvironmentVariable("AIPC_SCENARIOS") ?? Path.Combine(RepoPaths.Root, "scenarios");
        var report = new TriageReport();
        foreach (var line in Directory.GetFiles(folder, "*.jsonl").Order().SelectMany(File.ReadLines).Where(l => l.Trim().Length > 0))
        {
            var scenario = TriageScenario.Parse(line).Scenario!;
            var (analysis, decision) = await ConverseAsync(model, scenario.Turns, scenario.Context);
            report.Add(scenario, new TriageResult(scenario.Id, analysis.Category, decision.Urgency, decision.LifeSafety, analysis.Confidence, [], [], decision.Rule, null));
        }

        using var text = new StringWriter();
        report.Write(text);
        output.WriteLine(text.ToString());
        Assert.True(report.Count > 0);
        if (Environment.GetEnvironmentVariable("AIPC_SCENARIOS") is null)
        {
            // The gates of the triage issue, on the repo's own library (docs/triage.md).
            Assert.True(report.Count >= 300, $"the library has {report.Count} scenarios");
            Assert.Equal(1.0, report.EmergencyRecall);
            Assert.Equal(1.0, report.LifeSafetyRecall);
            Assert.True(report.UrgencyAccuracy >= 0.9, $"urgency accuracy {report.UrgencyAccuracy:P1}");
            Assert.True(report.CategoryAccuracy >= 0.9, $"category accuracy {report.CategoryAccuracy:P1}");
        }
    }

    internal static async Task<(IntentAnalysis Analysis, TriageDecision Decision)> ConverseAsync(IIntentModel model, IReadOnlyList<string> turns, TriageContext context)
    {
        var answers = new List<FollowUpAnswer>();
        var heard = new List<string>();
        FollowUp? pending = null;
        IntentAnalysis analysis = null!;
        TriageDecision decision = null!;
        for (var i = 0; i <= turns.Count; i++)
        {
            if (i < turns.Count)
            {
                heard.Add(turns[i]);
                if (pending is { } question)
                {
                    answers.Add(new FollowUpAnswer(question, turns[i]));
                }
            }
            else if (pending is { } unanswered)
            {
                answers.Add(new FollowUpAnswer(unanswered, string.Empty));
            }
            else
            {
                break;
            }

            var result = await model.AnalyzeAsync(new IntentRequest(heard.Select(t => new TranscriptTurn(Speaker.Caller, t, DateTimeOffset.UnixEpoch)).ToList()), CancellationToken.None);
            analysis = result.Value!;
            decision = TriageEngine.Decide(TriagePolicy.Default, analysis, heard, context, answers);
            pending = decision.Ask is { } ask && !answers.Any(a => a.Question == ask) ? ask : null;
            if (decision.LifeSafety)
            {
                break; // life safety: instructions first, no triage questions
            }
        }

        return (analysis, decision);
    }
}
