using AiPhoneCoverage.Hub.Pms;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Residents;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Tests.Pms;

/// <summary>For a PMS-backed property the PMS is the source of truth: residents upserted by PMS code, the missing ones moved out.</summary>
public sealed class RosterSyncTests
{
    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task A_whole_sync_upserts_by_pms_code_and_marks_residents_gone_from_the_pms_moved_out(Provider provider)
    {
        var (hub, property, pms, _) = await PmsHub.StartAsync(provider);
        await using var _ = hub;
        pms.Roster.AddRange([
            new RosterEntry("t1", "Ann", "Fox", "1A", ["(617) 555-1000"]),
            new RosterEntry("t2", "Ben", "Ray", "1B", ["617-555-1001"]),
            new RosterEntry("t3", "Cy", "Lo", "2A", ["+1 617 555 1002"]),
        ]);

        var first = await hub.Get<PmsRosterSync>().SyncAsync(property, whole: true, CancellationToken.None);
        pms.Roster.RemoveAll(r => r.ExternalId == "t2");
        pms.Roster[0] = pms.Roster[0] with { UnitCode = "3C" };
        var second = await hub.Get<PmsRosterSync>().SyncAsync(property, whole: true, CancellationToken.None);

        Assert.Equal((3, 0, 0), (first.Value!.Import.Added, first.Value.Import.Updated, first.Value.Import.MovedOut));
        Assert.Equal((0, 1, 1), (second.Value!.Import.Added, second.Value.Import.Updated, second.Value.Import.MovedOut));
        await using var db = hub.Database.Open(PortfolioScope.For(property.PortfolioId));
        Assert.Equal(ResidentStatus.MovedOut, await db.Residents.Where(r => r.ExternalId == "t2").Select(r => r.Status).SingleAsync());
        Assert.Empty(await hub.Get<CallerLookup>().FindAsync("+16175551001", "demo", CancellationToken.None));
        Assert.Equal("3C", Assert.Single(await hub.Get<CallerLookup>().FindAsync("+16175551000", "demo", CancellationToken.None)).UnitCode);
    }

    [Fact]
    public async Task After_a_whole_sync_the_next_asks_for_changes_since_it_and_moves_nobody_out()
    {
        var (hub, property, pms, clock) = await PmsHub.StartAsync();
        await using var _ = hub;
        pms.Roster.Add(new RosterEntry("t1", "Ann", "Fox", "1A", ["(617) 555-1000"]));
        await hub.Get<PmsRosterSync>().SyncAsync(property, whole: false, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(30));
        pms.Roster.Clear();
        pms.Roster.Add(new RosterEntry("t9", "New", "Person", "4D", ["(617) 555-4444"]));

        var second = await hub.Get<PmsRosterSync>().SyncAsync(property, whole: false, CancellationToken.None);

        Assert.Equal([null, "since:2026-11-25T15:00:00Z"], pms.RosterCursors);
        Assert.Equal((false, 1, 0), (second.Value!.Whole, second.Value.Import.Added, second.Value.Import.MovedOut));
        Assert.Single(await hub.Get<CallerLookup>().FindAsync("+16175551000", "demo", CancellationToken.None));
    }

    [Fact]
    public async Task Pms_credentials_are_encrypted_at_rest_and_come_back_whole_in_an_export()
    {
        var (hub, property, _, _) = await PmsHub.StartAsync();
        await using var _ = hub;

        await using var db = hub.Database.Open(PortfolioScope.For(property.PortfolioId));
        var stored = await db.Properties.Where(p => p.Id == property.PropertyId).Select(p => p.PmsSettingsJson).SingleAsync();
        Assert.StartsWith("enc:v1:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", stored, StringComparison.Ordinal);
        using var folder = new TempFolder();
        var exported = await hub.Get<PortfolioExporter>().ExportAsync("demo", folder.Combine("out.json"), CancellationToken.None);
        Assert.Equal("s3cret-Pa55", exported!.Properties.Single().Pms!.Settings["password"]);
    }
}
