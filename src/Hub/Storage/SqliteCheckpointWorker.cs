using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// On the embedded default, `serve` checkpoints SQLite's write-ahead log every second in the background (PASSIVE: it
/// never blocks a writer), so that the few milliseconds a checkpoint takes never land on a call turn's commit.
/// </summary>
internal sealed partial class SqliteCheckpointWorker(HubDatabase database, TimeProvider time, ILogger<SqliteCheckpointWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.System);
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE);", cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Interval, time, stoppingToken);
            try
            {
                await CheckpointAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SQLite checkpoint failed; trying again in a second")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
