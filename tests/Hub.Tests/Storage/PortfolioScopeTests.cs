using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Tests.Storage;

/// <summary>Every query is scoped to one portfolio; reads and writes across portfolios are impossible by construction.</summary>
public sealed class PortfolioScopeTests
{
    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task A_scoped_unit_of_work_sees_only_its_own_portfolio(Provider provider)
    {
        await using var hub = await TestHub.StartAsync(provider);
        var (alpha, beta) = await TwoPortfoliosAsync(hub);

        await using var db = hub.Database.Open(PortfolioScope.For(alpha));

        Assert.Equal(["alpha"], await db.Portfolios.Select(p => p.Code).ToListAsync());
        Assert.All(await db.Properties.ToListAsync(), p => Assert.Equal(alpha, p.PortfolioId));
        Assert.All(await db.Residents.ToListAsync(), r => Assert.Equal(alpha, r.PortfolioId));
        Assert.Empty(await db.Residents.Where(r => r.PortfolioId == beta).ToListAsync());
        Assert.Empty(await db.ResidentPhones.Where(p => p.PortfolioId == beta).ToListAsync());
        Assert.Equal(3, await db.Residents.CountAsync());
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task Looking_up_another_portfolios_row_by_its_key_finds_nothing(Provider provider)
    {
        await using var hub = await TestHub.StartAsync(provider);
        var (alpha, beta) = await TwoPortfoliosAsync(hub);
        Guid betaResident;
        await using (var betaDb = hub.Database.Open(PortfolioScope.For(beta)))
        {
            betaResident = await betaDb.Residents.Select(r => r.Id).FirstAsync();
        }

        await using var db = hub.Database.Open(PortfolioScope.For(alpha));
        Assert.Null(await db.Residents.FirstOrDefaultAsync(r => r.Id == betaResident));
        Assert.Null(await db.Residents.FindAsync(beta, betaResident));
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task Writing_a_row_of_another_portfolio_is_refused_and_changes_nothing(Provider provider)
    {
        await using var hub = await TestHub.StartAsync(provider);
        var (alpha, beta) = await TwoPortfoliosAsync(hub);

        await using (var db = hub.Database.Open(PortfolioScope.For(alpha)))
        {
            db.Units.Add(new UnitRecord { PortfolioId = beta, Id = Guid.NewGuid(), PropertyId = Guid.NewGuid(), Code = "X" });
            await Assert.ThrowsAsync<CrossPortfolioWriteException>(() => db.SaveChangesAsync());
        }

        await using var system = hub.Database.Open(PortfolioScope.System);
        Assert.DoesNotContain(await system.Units.Select(u => u.Code).ToListAsync(), c => c == "X");
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task Without_a_scope_nothing_is_visible(Provider provider)
    {
        await using var hub = await TestHub.StartAsync(provider);
        await TwoPortfoliosAsync(hub);

        await using var db = hub.Database.Open(PortfolioScope.None);

        Assert.Empty(await db.Portfolios.ToListAsync());
        Assert.Empty(await db.Residents.ToListAsync());
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task Every_portfolio_owned_table_is_keyed_by_portfolio_id_first(Provider provider)
    {
        await using var hub = await TestHub.StartAsync(provider);
        await using var db = hub.Database.Open(PortfolioScope.System);

        foreach (var entity in db.Model.GetEntityTypes().Where(e => typeof(IPortfolioOwned).IsAssignableFrom(e.ClrType) && e.ClrType != typeof(ChangeRecord)))
        {
            var key = entity.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName()).ToList();
            var expected = entity.ClrType == typeof(PortfolioRecord) ? "id" : "portfolio_id";
            Assert.True(key[0] == expected, $"{entity.GetTableName()} is keyed by {string.Join(", ", key)}");
        }
    }

    private static async Task<(Guid Alpha, Guid Beta)> TwoPortfoliosAsync(TestHub hub)
    {
        using var folder = new TempFolder();
        foreach (var (code, area) in new[] { ("alpha", 617), ("beta", 512) })
        {
            await File.WriteAllTextAsync(folder.Combine($"{code}.csv"), RosterCsv.Build(3, area: area));
            await File.WriteAllTextAsync(folder.Combine($"{code}.json"), $$"""
                { "code": "{{code}}", "name": "{{code}}", "properties": [
                  { "code": "main", "name": "Main", "timeZone": "America/New_York", "phoneNumbers": ["+1{{area}}5550100"], "roster": "{{code}}.csv" } ] }
                """);
            var result = await hub.Get<PortfolioImporter>().ImportAsync(folder.Combine($"{code}.json"), CancellationToken.None);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        }

        await using var db = hub.Database.Open(PortfolioScope.System);
        var ids = await db.Portfolios.ToDictionaryAsync(p => p.Code, p => p.Id);
        return (ids["alpha"], ids["beta"]);
    }
}
