using System.Diagnostics;
using System.Text.Json;
using AiPhoneCoverage.Hub.Plugins;
using AiPhoneCoverage.Sdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>
/// ai.local loaded as the hub loads it (its own load context, from the plugins folder): model load time, then the
/// latency of one turn's analysis (embedding + nearest exemplars + signals) over the caller turns of the scenario library.
/// </summary>
internal static class AnalyzeMeasurement
{
    public static async Task RunAsync(string pluginsFolder, string scenariosFolder, TextWriter output)
    {
        var services = new ServiceCollection().AddLogging();
        var plugins = new IsolatedPluginLoader(NullLogger<IsolatedPluginLoader>.Instance).LoadAll(Path.GetFullPath(pluginsFolder), services, new ConfigurationBuilder().Build());
        var local = plugins.SingleOrDefault(p => p.Id == "ai.local");
        if (local?.Status != PluginStatus.Loaded)
        {
            throw new InvalidOperationException($"ai.local did not load from {pluginsFolder}: {local?.Reason ?? "not found"}");
        }

        await using var provider = services.BuildServiceProvider();

        var started = Stopwatch.GetTimestamp();
        var model = provider.GetRequiredKeyedService<IIntentModel>("ai.local");
        await model.AnalyzeAsync(Request("warm up"), CancellationToken.None);
        var load = Stopwatch.GetElapsedTime(started);

        var turns = Directory.GetFiles(scenariosFolder, "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(l => l.Trim().Length > 0)
            .SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("turns").EnumerateArray().Select(t => t.GetString() ?? string.Empty))
            .Where(t => t.Trim().Length > 0)
            .ToList();
        var latency = new Latency();
        for (var round = 0; round < 3; round++)
        {
            foreach (var turn in turns)
            {
                var t = Stopwatch.GetTimestamp();
                await model.AnalyzeAsync(Request(turn), CancellationToken.None);
                if (round > 0)
                {
                    latency.Add(t);
                }
            }
        }

        var exemplars = File.ReadLines(Path.Combine(Path.GetFullPath(pluginsFolder), "ai.local", "Corpus", "exemplars.jsonl")).Count(l => l.Trim().Length > 0);
        output.WriteLine(FormattableString.Invariant($"| ai.local model load (MiniLM + {exemplars:N0} shipped exemplar embeddings), in its plugin load context | {load.TotalMilliseconds:F0} ms |"));
        output.WriteLine($"| ai.local analysis of one caller turn (scenario library turns, 2 rounds after a warm-up round) | {latency.Summary().Replace("lookups", "analyses", StringComparison.Ordinal)} |");
    }

    private static IntentRequest Request(string text) => new([new TranscriptTurn(Speaker.Caller, text, DateTimeOffset.UnixEpoch)]);
}
