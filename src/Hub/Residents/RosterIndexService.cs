using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Residents;

/// <summary>
/// Loads the roster index in the background at start (the hub listens before it is done), then follows the change feed
/// so that a roster imported by another process is found within the poll interval.
/// </summary>
internal sealed partial class RosterIndexService(
    HubDatabase database,
    RosterIndexLoader loader,
    IOptions<HubOptions> options,
    TimeProvider time,
    ILogger<RosterIndexService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Read the feed's position first: a change committed while the index loads is then applied twice, never missed.
        var position = await LatestChangeAsync(stoppingToken);
        var started = time.GetTimestamp();
        await loader.LoadAllAsync(stoppingToken);
        var elapsed = time.GetElapsedTime(started);
        LogLoaded(logger, elapsed.TotalMilliseconds);

        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.ChangePollInterval, time, stoppingToken);
            try
            {
                position = await ApplyChangesAsync(position, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPollFailed(logger, ex);
            }
        }
    }

    private async Task<long> LatestChangeAsync(CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.System);
        return await db.Changes.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
    }

    private async Task<long> ApplyChangesAsync(long position, CancellationToken cancellationToken)
    {
        List<ChangeRecord> changes;
        await using (var db = database.Open(PortfolioScope.System))
        {
            changes = await db.Changes.AsNoTracking().Where(c => c.Id > position).OrderBy(c => c.Id).Take(1000).ToListAsync(cancellationToken);
        }

        var properties = changes.Where(c => c.Topic == ChangeTopics.Roster).Select(c => Guid.Parse(c.Subject)).Distinct();
        foreach (var propertyId in properties)
        {
            await loader.ReloadPropertyAsync(propertyId, cancellationToken);
        }

        if (changes.Any(c => c.Topic == ChangeTopics.Properties))
        {
            await loader.LoadAllAsync(cancellationToken);
        }

        return changes.Count == 0 ? position : changes[^1].Id;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Roster index loaded in {ElapsedMs:F0} ms")]
    private static partial void LogLoaded(ILogger logger, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the change feed failed; trying again at the next poll")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
