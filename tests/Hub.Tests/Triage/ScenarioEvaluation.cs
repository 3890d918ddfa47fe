using System.Text.Json;
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

        int total = 0, category = 0, urgency = 0, emergencies = 0, emergencyHits = 0, predictedEmergencies = 0, lifeSafety = 0, lifeSafetyHits = 0;
        var misses = new List<string>();
        // AIPC_SCENARIOS points the evaluation at another folder of scenario files (the development set, for a look).
        var folder = Environment.GetEnvironmentVariable("AIPC_SCENARIOS") ?? Path.Combine(RepoPaths.Root, "scenarios");
        foreach (var file in Directory.GetFiles(folder, "*.jsonl").Order())
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var turns = root.GetProperty("turns").EnumerateArray().Select(t => t.GetString() ?? string.Empty).ToList();
                var context = Context(root);
                var (analysis, decision) = await ConverseAsync(model, turns, context);
                var expect = root.GetProperty("expect");
                var expectedCategory = expect.GetProperty("category").GetString()!;
                var alternates = expect.TryGetProperty("category_alt", out var alt) ? alt.EnumerateArray().Select(a => a.GetString()).ToList() : [];
                var expectedUrgency = expect.TryGetProperty("urgency", out var u) ? u.GetString()! : "?";
                var expectedLife = expect.TryGetProperty("life_safety", out var l) && l.GetBoolean();
                total++;
                var categoryOk = analysis.Category.ToWire() == expectedCategory || alternates.Contains(analysis.Category.ToWire());
                category += categoryOk ? 1 : 0;
                urgency += decision.Urgency.ToWire() == expectedUrgency ? 1 : 0;
                emergencies += expectedUrgency == "emergency" ? 1 : 0;
                emergencyHits += expectedUrgency == "emergency" && decision.Urgency == Urgency.Emergency ? 1 : 0;
                predictedEmergencies += decision.Urgency == Urgency.Emergency ? 1 : 0;
                lifeSafety += expectedLife ? 1 : 0;
                lifeSafetyHits += expectedLife && decision.LifeSafety ? 1 : 0;
                if (!categoryOk || decision.Urgency.ToWire() != expectedUrgency || expectedLife != decision.LifeSafety)
                {
                    misses.Add($"{root.GetProperty("id").GetString()}: got {analysis.Category.ToWire()}/{decision.Urgency.ToWire()}/{decision.LifeSafety} ({decision.Rule}) want {expectedCategory}/{expectedUrgency}/{expectedLife} [{string.Join(",", analysis.Signals.Select(s => (s.Present ? "+" : "-") + s.Name))}] :: {string.Join(" | ", turns).Replace("\n", " ", StringComparison.Ordinal)[..Math.Min(120, string.Join(" | ", turns).Length)]}");
                }
            }
        }

        output.WriteLine($"scenarios {total}: category {100.0 * category / total:F1}%, urgency {100.0 * urgency / total:F1}%, emergency recall {100.0 * emergencyHits / emergencies:F1}% precision {100.0 * emergencyHits / Math.Max(1, predictedEmergencies):F1}%, life-safety recall {100.0 * lifeSafetyHits / lifeSafety:F1}%");
        misses.ForEach(output.WriteLine);
        Assert.True(total > 0);
        if (Environment.GetEnvironmentVariable("AIPC_SCENARIOS") is null)
        {
            // The gates of the triage issue, on the repo's own library (docs/triage.md).
            Assert.True(total >= 300, $"the library has {total} scenarios");
            Assert.Equal(emergencies, emergencyHits);
            Assert.Equal(lifeSafety, lifeSafetyHits);
            Assert.True(urgency >= total * 0.9, $"urgency accuracy {100.0 * urgency / total:F1}%");
            Assert.True(category >= total * 0.9, $"category accuracy {100.0 * category / total:F1}%");
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

    private static TriageContext Context(JsonElement scenario)
    {
        if (!scenario.TryGetProperty("context", out var context))
        {
            return TriageContext.Unknown;
        }

        return new TriageContext(
            context.TryGetProperty("outdoor_temp_f", out var temp) ? temp.GetDouble() : null,
            context.TryGetProperty("vulnerable_occupant", out var vulnerable) ? vulnerable.GetBoolean() : null,
            context.TryGetProperty("local_time", out var time) ? TimeOnly.Parse(time.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : null);
    }
}
