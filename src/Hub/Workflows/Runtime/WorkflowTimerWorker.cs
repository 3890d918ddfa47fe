using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>
/// Fires due durable timers. Each timer is deleted and its instance resumed in one transaction: if another node or an
/// acknowledgement got there first, the delete finds no row, the transaction rolls back, and nothing happens twice.
/// </summary>
internal sealed partial class WorkflowTimerWorker(
    HubDatabase database,
    WorkflowRunner runner,
    IOptions<HubOptions> options,
    TimeProvider time,
    ILogger<WorkflowTimerWorker> logger) : BackgroundService
{
    /// <summary>Fires every timer due now; returns how many resumed an instance.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        List<WorkflowTimerRecord> due;
        await using (var db = database.Open(PortfolioScope.System))
        {
            due = await db.WorkflowTimers.AsNoTracking().Where(t => t.DueAt <= now).OrderBy(t => t.DueAt).Take(500).ToListAsync(cancellationToken);
        }

        var fired = 0;
        foreach (var timer in due)
        {
            fired += await FireAsync(timer, cancellationToken) ? 1 : 0;
        }

        return fired;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FireDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }

            await Task.Delay(options.Value.TimerPollInterval, time, stoppingToken);
        }
    }

    private async Task<bool> FireAsync(WorkflowTimerRecord timer, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.For(timer.PortfolioId));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.WorkflowTimers.Where(t => t.Id == timer.Id).ExecuteDeleteAsync(cancellationToken);
        if (claimed == 0)
        {
            return false; // fired elsewhere, or its bookmark was resumed first
        }

        var result = await runner.ResumeAsync(db, timer.InstanceId, timer.BookmarkId, ResumeInput.Timer, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result == ResumeResult.Resumed;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false; // the instance moved on concurrently; that resume removed this timer's bookmark
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Firing workflow timers failed; trying again at the next poll")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
