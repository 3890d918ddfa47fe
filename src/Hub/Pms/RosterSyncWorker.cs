using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Storage;
using Cronos;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Pms;

/// <summary>
/// Syncs every PMS-backed property's roster on the schedule <c>Pms:RosterSync</c> (cron, UTC; default every 30 minutes).
/// A property whose sync fails is tried again at the next occurrence; the failure is logged without resident data.
/// </summary>
internal sealed partial class RosterSyncWorker(
    HubDatabase database, PmsRosterSync sync, IConfiguration configuration, TimeProvider time, ILogger<RosterSyncWorker> logger) : BackgroundService
{
    public const string DefaultSchedule = "*/30 * * * *";

    public async Task SyncAllAsync(CancellationToken cancellationToken)
    {
        List<PropertyRef> properties;
        await using (var db = database.Open(PortfolioScope.System))
        {
            properties = await (
                    from property in db.Properties
                    join portfolio in db.Portfolios on property.PortfolioId equals portfolio.Id
                    where property.PmsPlugin != null
                    select new PropertyRef(portfolio.Id, portfolio.Code, property.Id, property.Code, property.PmsPlugin))
                .ToListAsync(cancellationToken);
        }

        foreach (var property in properties)
        {
            var result = await sync.SyncAsync(property, whole: false, cancellationToken);
            if (result.IsSuccess)
            {
                LogSynced(logger, property.PropertyCode, result.Value.Whole ? "whole" : "incremental", result.Value.Read, result.Value.Import.Added, result.Value.Import.Updated, result.Value.Import.MovedOut);
            }
            else
            {
                LogFailed(logger, property.PropertyCode, result.Error.ToString());
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = CronExpression.Parse(configuration["Pms:RosterSync"] ?? DefaultSchedule);
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.GetNextOccurrence(time.GetUtcNow().UtcDateTime, TimeZoneInfo.Utc);
            if (next is null)
            {
                return;
            }

            await Task.Delay(next.Value - time.GetUtcNow().UtcDateTime, time, stoppingToken);
            try
            {
                await SyncAllAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, "*", ex.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Roster of {Property} synced ({Kind}): {Read} read, {Added} added, {Updated} updated, {MovedOut} moved out")]
    private static partial void LogSynced(ILogger logger, string property, string kind, int read, int added, int updated, int movedOut);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Roster sync of {Property} failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string property, string error);
}
