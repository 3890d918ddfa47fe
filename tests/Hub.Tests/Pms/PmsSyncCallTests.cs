using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Residents;
using AiPhoneCoverage.Hub.Tests.Calls;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Simulators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AiPhoneCoverage.Hub.Tests.Pms;

/// <summary>The PMS is the source of truth for who lives where: a resident added in the PMS is greeted by name after `aipc pms sync`.</summary>
public sealed class PmsSyncCallTests : IAsyncLifetime
{
    private const string Nora = "+16175559876";

    private CallHub _hub = null!;

    public async Task InitializeAsync() => _hub = await CallHub.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task A_resident_added_in_the_pms_is_identified_on_a_call_after_aipc_pms_sync()
    {
        var yardi = (YardiSimulator)_hub.Hub.App.Services.GetServices<IHostedService>().OfType<SimulatorService>().Single().Host!.Simulators.Single(s => s.Name == "yardi");
        yardi.AddResident("maple01", new YardiResident("t0099999", "Nora", "Vance", "2B", "(617) 555-9876", null, null));
        var before = await _hub.Caller.PlaceCallAsync(_hub.Request("hello") with { From = Nora });

        var (exit, output) = await _hub.Aipc.RunAsync("pms", "sync", "--property", "maple-court");

        Assert.True(exit == 0, output);
        Assert.Contains("maple-court: whole roster from yardi: 41 residents read, 1 added", output, StringComparison.Ordinal);
        var index = _hub.Hub.App.Services.GetRequiredService<CallerLookup>();
        await Eventually.UntilAsync(async () => (await index.FindAsync(Nora, "demo", CancellationToken.None)).Count > 0, "the hub's caller index has the synced resident");

        var after = await _hub.Caller.PlaceCallAsync(_hub.Request("hello") with { From = Nora });
        Assert.DoesNotContain(before.Transcript, l => l.Text.Contains("Nora", StringComparison.Ordinal));
        Assert.Contains(after.Transcript, l => l.Text.StartsWith("Hi Nora, thanks for calling Maple Court maintenance. I have you in unit 2B.", StringComparison.Ordinal));
    }
}
