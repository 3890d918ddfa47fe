using AiPhoneCoverage.Hub.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AiPhoneCoverage.Hub.Tests.Drills;

/// <summary>
/// A crash never duplicates a work order, a text, a page or a vendor dispatch, and never loses one: the built hub is
/// SIGKILLed at random moments while its outbox drains to simulators that answer in 2–8 s, and restarted each time.
/// The suite runs a short drill (24 calls, 4 kills); scripts/crash-drill.sh runs issue 12's (200 calls, 20 kills).
/// </summary>
public sealed class CrashDrillTests(ITestOutputHelper output)
{
    [Theory]
    [Trait("Category", "Drill")]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task Killed_at_random_moments_while_draining_every_effect_lands_exactly_once(Provider provider)
    {
        var options = CrashDrillOptions.FromEnvironment();
        var progress = Environment.GetEnvironmentVariable("AIPC_DRILL_PROGRESS");
        void Log(string line)
        {
            output.WriteLine(line);
            if (progress is { Length: > 0 })
            {
                File.AppendAllText(progress, $"{provider}: {line}{Environment.NewLine}");
            }
        }

        using var world = await CrashDrillWorld.CreateAsync(provider);
        Log($"world ready: simulators {string.Join(", ", world.Simulators.Simulators.Select(s => $"{s.Name} {s.Url}"))}");

        var report = await new CrashDrill(world, options, provider).RunAsync(Log);

        output.WriteLine(report.ToString());
        if (Environment.GetEnvironmentVariable("AIPC_DRILL_REPORT") is { Length: > 0 } file)
        {
            await File.AppendAllTextAsync(file, report + Environment.NewLine);
        }

        Assert.Equal(options.Calls, report.Calls);
        Assert.True(report.RowsByKind.GetValueOrDefault("work_order") >= options.Calls * 3 / 4, report.ToString()); // a gas call answered without the database has none
        Assert.True(report.RowsByKind.GetValueOrDefault("page_call") > 0, report.ToString()); // emergencies were paged by call too
        Assert.Empty(report.Problems);
    }
}
