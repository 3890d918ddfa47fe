using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Tests.Pms;

/// <summary>
/// What retrying cannot fix (bad credentials, an unknown unit, a category the customer's list cannot take) stops at the
/// first attempt with a clear error on the work order, visible in `aipc workorders list`, through the real connectors.
/// </summary>
public sealed class PmsRefusalTests
{
    [Theory]
    [InlineData("yardi", "bad_credentials")]
    [InlineData("realpage", "bad_credentials")]
    [InlineData("appfolio", "bad_credentials")]
    [InlineData("yardi", "unknown_unit")]
    [InlineData("realpage", "unknown_unit")]
    [InlineData("appfolio", "unknown_unit")]
    [InlineData("yardi", "unknown_category")]
    public async Task A_refusal_stops_at_once_with_a_clear_error_and_no_retry_storm(string plugin, string expected)
    {
        var pms = DemoPms.Named(plugin);
        await using var world = await SimulatedPms.StartAsync(property =>
        {
            var settings = property["pms"]!["settings"]!.AsObject();
            if (expected == "bad_credentials")
            {
                foreach (var secret in new[] { "password", "licenseKey", "clientSecret" }.Where(settings.ContainsKey))
                {
                    settings[secret] = "wrong-" + settings[secret]!.GetValue<string>();
                }
            }

            if (expected == "unknown_category")
            {
                settings["categoryMap:plumbing"] = "Carpentry"; // the operator pinned plumbing to a category this customer does not have
            }
        });
        await world.QueueAsync(pms, "CArefused", unit: expected == "unknown_unit" ? "99Z" : null);

        for (var pass = 0; pass < 10; pass++)
        {
            await world.DeliverAsync();
            world.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        await using var db = world.Hub.Database.Open(PortfolioScope.For(world.PortfolioId));
        var row = await db.Outbox.AsNoTracking().SingleAsync(o => o.Kind == OutboxKinds.WorkOrder);
        Assert.Equal((OutboxStatus.Failed, 1), (row.Status, row.Attempts));
        Assert.StartsWith(expected + ":", row.LastError, StringComparison.Ordinal);
        Assert.Empty(DemoPms.Ledger(world.Simulator(plugin)));
        var (_, listed) = await new Aipc(world.Hub.DataPath).RunAsync("workorders", "list");
        Assert.Contains(expected + ":", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-", listed, StringComparison.Ordinal);
    }
}
