using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Sla;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Tests.Sla;

/// <summary>
/// Work orders' SLA clocks written the way the hub writes them (<see cref="SlaClocks.Start"/> when a work order is
/// created, <see cref="SlaClocks.MeetAsync"/> when an event meets a target), each in its own unit of work.
/// </summary>
internal sealed class SlaBook(HubDatabase database, Guid portfolioId)
{
    /// <summary>Portfolio acme: oak in New York, elm in Los Angeles.</summary>
    public const string Portfolio = """
        { "code": "acme", "name": "Acme", "properties": [
            { "code": "oak", "name": "Oak", "timeZone": "America/New_York" },
            { "code": "elm", "name": "Elm", "timeZone": "America/Los_Angeles" } ] }
        """;

    public Guid PortfolioId => portfolioId;

    /// <summary>The book of portfolio acme on the database of an `aipc` data directory (after `portfolio import`).</summary>
    public static async Task<SlaBook> ForAsync(Aipc aipc)
    {
        var data = new DataDirectory(aipc.DataPath);
        var storage = HubConfiguration.Build(data).GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        return await ForAsync(new HubDatabase(Options.Create(storage), data));
    }

    public static async Task<SlaBook> ForAsync(HubDatabase database) =>
        new(database, await new PortfolioLookup(database).FindAsync("acme", CancellationToken.None) ?? throw new InvalidOperationException("import acme first"));

    /// <summary>Starts the clocks of a new work order at <paramref name="intake"/> (any offset; stored as the instant it names).</summary>
    public async Task<Guid> StartAsync(string property, string reference, string urgency, DateTimeOffset intake, SlaPolicy? policy = null)
    {
        await using var db = database.Open(PortfolioScope.For(portfolioId));
        var row = await db.Properties.AsNoTracking().SingleAsync(p => p.Code == property);
        var id = Guid.NewGuid();
        SlaClocks.Start(db, policy ?? SlaPolicy.Default, new SlaStart(Subject(reference), id, reference, row.Id, row.Code, urgency, intake.ToUniversalTime()));
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>An event that meets <paramref name="target"/> (and what it meets with it) at <paramref name="at"/>.</summary>
    public async Task MeetAsync(Guid workOrder, string target, DateTimeOffset at)
    {
        await using var db = database.Open(PortfolioScope.For(portfolioId));
        await SlaClocks.MeetAsync(db, workOrder, target, at.ToUniversalTime(), CancellationToken.None);
        await db.SaveChangesAsync();
    }

    public async Task<List<SlaClockRecord>> ClocksAsync(Guid workOrder)
    {
        await using var db = database.Open(PortfolioScope.For(portfolioId));
        return await db.SlaClocks.AsNoTracking().Where(c => c.WorkOrderId == workOrder).ToListAsync();
    }

    public async Task<List<AuditEntryRecord>> TrailAsync(string reference)
    {
        await using var db = database.Open(PortfolioScope.For(portfolioId));
        var subject = Subject(reference);
        return [.. (await db.AuditEntries.AsNoTracking().Where(a => a.Subject == subject).ToListAsync()).OrderBy(a => a.Id)];
    }

    public async Task<List<AuditEntryRecord>> EntriesAsync(string kind)
    {
        await using var db = database.Open(PortfolioScope.For(portfolioId));
        return await db.AuditEntries.AsNoTracking().Where(a => a.Kind == kind).ToListAsync();
    }

    /// <summary>The call's CallSid the work order's timeline is filed under.</summary>
    public static string Subject(string reference) => "CA-" + reference;
}
