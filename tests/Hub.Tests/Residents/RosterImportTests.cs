using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Residents;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Tests.Residents;

public sealed class RosterImportTests
{
    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task A_thousand_rows_with_three_malformed_import_997_and_a_second_import_adds_nobody(Provider provider)
    {
        await using var hub = await TestHub.StartAsync(provider);
        var property = await DemoPropertyAsync(hub);
        var text = RosterCsv.Build(1000, new Dictionary<int, string> { [10] = "R10,A,B,1,12,,", [500] = "R500,A,B", [998] = ",A,B,1,(617) 555-0998,," });

        var first = await ImportAsync(hub, property, text);
        var second = await ImportAsync(hub, property, text);

        Assert.Equal((997, 0, 0), (first.Added, first.Updated, first.Unchanged));
        Assert.Equal([12, 502, 1000], first.Problems.Select(p => p.Line));
        Assert.Equal((0, 0, 997), (second.Added, second.Updated, second.Unchanged));
        await using var db = hub.Database.Open(PortfolioScope.For(property.PortfolioId));
        Assert.Equal(997, await db.Residents.CountAsync(r => r.PropertyId == property.PropertyId));
        Assert.Equal(997, await db.ResidentPhones.CountAsync(p => db.Residents.Any(r => r.Id == p.ResidentId && r.PropertyId == property.PropertyId)));
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task Reimporting_updates_changed_residents_in_place(Provider provider)
    {
        await using var hub = await TestHub.StartAsync(provider);
        var property = await DemoPropertyAsync(hub);
        await ImportAsync(hub, property, RosterCsv.Build(3));

        var result = await ImportAsync(hub, property, RosterCsv.Header + "\n" + RosterCsv.Row(0) + "\nR000001,Newname,Last1,9Z,(617) 555-7777,(617) 555-7778,\n");

        Assert.Equal((0, 1, 1), (result.Added, result.Updated, result.Unchanged));
        await using var db = hub.Database.Open(PortfolioScope.For(property.PortfolioId));
        var resident = await db.Residents.Include(r => r.Phones).SingleAsync(r => r.ExternalId == "R000001" && r.PropertyId == property.PropertyId);
        Assert.Equal("Newname", resident.FirstName);
        Assert.Equal(["+16175557777", "+16175557778"], resident.Phones.OrderBy(p => p.Position).Select(p => p.Number));
        Assert.Equal("9Z", await db.Units.Where(u => u.Id == resident.UnitId).Select(u => u.Code).SingleAsync());
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task Caller_lookup_returns_every_resident_sharing_a_number_from_the_database_and_the_index(Provider provider)
    {
        await using var hub = await TestHub.StartAsync(provider);
        var property = await DemoPropertyAsync(hub);
        await ImportAsync(hub, property, RosterCsv.Header + "\nA1,Ann,Fox,2C,(617) 555-4242,,\nA2,Ben,Fox,2C,617.555.4242,,\nA3,Cy,Lo,3D,(617) 555-4343,,\n");
        var lookup = hub.Get<CallerLookup>();

        var fromDatabase = await lookup.FindAsync("+1 617 555 4242", null, CancellationToken.None);
        await hub.Get<RosterIndexLoader>().LoadAllAsync(CancellationToken.None);
        var fromIndex = await lookup.FindAsync("(617) 555-4242", null, CancellationToken.None);

        Assert.Equal(["A1", "A2"], fromDatabase.Select(m => m.ExternalId).Order());
        Assert.Equal(["A1", "A2"], fromIndex.Select(m => m.ExternalId).Order());
        Assert.All(fromIndex, m => Assert.Equal(("demo", "maple-court", "2C"), (m.PortfolioCode, m.PropertyCode, m.UnitCode)));
        Assert.Empty(await lookup.FindAsync("(617) 555-0000", null, CancellationToken.None));
        Assert.Empty(await lookup.FindAsync("anonymous", null, CancellationToken.None));
        Assert.Empty(await lookup.FindAsync("(617) 555-4242", "other-portfolio", CancellationToken.None));
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task A_roster_import_writes_one_change_feed_entry_for_running_hubs(Provider provider)
    {
        await using var hub = await TestHub.StartAsync(provider);
        var property = await DemoPropertyAsync(hub);
        await using var before = hub.Database.Open(PortfolioScope.System);
        var position = await before.Changes.MaxAsync(c => (long?)c.Id) ?? 0;

        await ImportAsync(hub, property, RosterCsv.Build(5));
        await ImportAsync(hub, property, RosterCsv.Build(5)); // unchanged: nothing to tell

        await using var db = hub.Database.Open(PortfolioScope.System);
        var change = Assert.Single(await db.Changes.Where(c => c.Id > position).ToListAsync());
        Assert.Equal((ChangeTopics.Roster, property.PropertyId.ToString()), (change.Topic, change.Subject));
    }

    internal static async Task<PropertyRef> DemoPropertyAsync(TestHub hub)
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.Combine("p.json"), """
            { "code": "demo", "name": "Demo", "properties": [
              { "code": "maple-court", "name": "Maple Court", "timeZone": "America/New_York", "phoneNumbers": ["+16175550100"] } ] }
            """);
        Assert.True((await hub.Get<PortfolioImporter>().ImportAsync(folder.Combine("p.json"), CancellationToken.None)).Succeeded);
        var (property, error) = await hub.Get<PropertyDirectory>().FindAsync("maple-court", null, CancellationToken.None);
        return property ?? throw new InvalidOperationException(error);
    }

    private static Task<RosterImportResult> ImportAsync(TestHub hub, PropertyRef property, string csv)
    {
        var file = hub.Get<RosterCsvReader>().Read(new StringReader(csv));
        Assert.Null(file.FatalError);
        return hub.Get<RosterImport>().ImportAsync(property, file.Rows, file.Problems, CancellationToken.None);
    }
}
