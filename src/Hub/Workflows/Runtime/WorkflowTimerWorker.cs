using System.Collections.Concurrent;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>
/// Fires due durable timers. Each timer is deleted and its instance resumed in one transaction: if another node or an
/// acknowledgement got there first, the delete finds no row, the transaction rolls back, and nothing happens twice.
/// On PostgreSQL several timers fire at once (<see cref="HubOptions.TimerConcurrency"/>); on SQLite one at a time, each in
/// its turn of the process's writer queue, as a webhook's transaction. After a full batch the next pass starts at once;
/// otherwise the worker sleeps until the next timer is due, or for the poll interval if none is due sooner.
/// </summary>
internal sealed partial class WorkflowTimerWorker(
    HubDatabase database,
    WorkflowRunner runner,
    IOptions<HubOptions> options,
    TimeProvider time,
    ILogger<WorkflowTimerWorker> logger) : BackgroundService
{
    /// <summary>How many due timers one pass reads.</summary>
    public const int BatchSize = 500;

    /// <summary>A timer whose resume threw is tried again after this long (by this process), not at every pass.</summary>
    public static readonly TimeSpan HoldAfterFailure = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _held = new();

    /// <summary>Fires every timer due now; returns how many resumed an instance.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken) => (await PassAsync(cancellationToken)).Fired;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var sleep = options.Value.TimerPollInterval;
            try
            {
                var pass = await PassAsync(stoppingToken);
                if (pass.Full)
                {
                    continue; // more are due already
                }

                if (pass.NextDue is { } next)
                {
                    var until = next - time.GetUtcNow();
                    sleep = until < TimeSpan.Zero ? TimeSpan.Zero : until < sleep ? until : sleep;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }

            await Task.Delay(sleep, time, stoppingToken);
        }
    }

    /// <summary>
    /// Fires the timers due now, reading up to a batch of them; also reports the first timer due within the poll
    /// interval, so that the loop can wake for it.
    /// </summary>
    private async Task<Pass> PassAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var horizon = now + options.Value.TimerPollInterval;
        foreach (var (id, until) in _held)
        {
            if (until <= now)
            {
                _held.TryRemove(id, out _);
            }
        }

        var take = BatchSize + _held.Count; // the held ones are read and passed over
        List<WorkflowTimerRecord> read;
        await using (var db = database.Open(PortfolioScope.System))
        {
            read = await db.WorkflowTimers.AsNoTracking().Where(t => t.DueAt <= horizon).OrderBy(t => t.DueAt).Take(take).ToListAsync(cancellationToken);
        }

        var full = read.Count == take && read[^1].DueAt <= now;
        read.RemoveAll(t => _held.ContainsKey(t.Id));

        var due = read.Where(t => t.DueAt <= now).ToList();
        var fired = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = database.Provider == StorageProvider.PostgreSql ? Math.Max(1, options.Value.TimerConcurrency) : 1,
            CancellationToken = cancellationToken,
        };

        // One instance's timers one after the other: fired side by side, all but one would fail on its revision.
        await Parallel.ForEachAsync(due.GroupBy(t => t.InstanceId), parallel, async (timers, token) =>
        {
            foreach (var timer in timers)
            {
                if (await FireSafelyAsync(timer, token))
                {
                    Interlocked.Increment(ref fired);
                }
            }
        });

        return new Pass(fired, full, read.Count > due.Count ? read[due.Count].DueAt : null);
    }

    private async Task<bool> FireSafelyAsync(WorkflowTimerRecord timer, CancellationToken cancellationToken)
    {
        try
        {
            return await FireAsync(timer, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Rolled back, so the timer is still there: it fires later, and the timers behind it do not wait for it.
            _held[timer.Id] = time.GetUtcNow() + HoldAfterFailure;
            LogTimerFailed(logger, timer.Id, timer.InstanceId, HoldAfterFailure, ex);
            return false;
        }
    }

    private async Task<bool> FireAsync(WorkflowTimerRecord timer, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.For(timer.PortfolioId));
        using var writer = await database.EnterWriterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.WorkflowTimers.Where(t => t.PortfolioId == timer.PortfolioId && t.Id == timer.Id).ExecuteDeleteAsync(cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow timer {TimerId} of instance {InstanceId} failed to fire; trying it again in {Hold}")]
    private static partial void LogTimerFailed(ILogger logger, Guid timerId, Guid instanceId, TimeSpan hold, Exception exception);

    private readonly record struct Pass(int Fired, bool Full, DateTimeOffset? NextDue);
}
