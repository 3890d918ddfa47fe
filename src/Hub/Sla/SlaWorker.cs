using System.Text.Json;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Sla;

/// <summary>
/// Notes near-breach and breach of SLA clocks when their durable timer (<see cref="SlaClockRecord.NextCheckAt"/>) comes
/// due: an <c>sla_near_breach</c> entry in the work order's timeline at the clock's near-breach time, then an
/// <c>sla_breached</c> entry at its due time. Each clock is written in its own transaction guarded by its revision, so
/// when another worker, or an acknowledgement meeting the clock, got there first the write finds no row, rolls back,
/// and nothing is noted twice; a crash before the commit leaves the timer due for the next poll.
/// </summary>
internal sealed partial class SlaWorker(
    HubDatabase database,
    IOptions<HubOptions> options,
    TimeProvider time,
    ILogger<SlaWorker> logger) : BackgroundService
{
    /// <summary>How many due clocks one poll reads; a full batch is followed at once by the next.</summary>
    public const int Batch = 200;

    /// <summary>Checks every clock due now; returns how many it noted (near breach or breach).</summary>
    public async Task<int> CheckDueAsync(CancellationToken cancellationToken) => (await CheckBatchAsync(cancellationToken)).Noted;

    /// <summary>The clocks whose timer is due at <paramref name="now"/>, earliest first (a snapshot, not tracked).</summary>
    public async Task<List<SlaClockRecord>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.System);
        return await db.SlaClocks.AsNoTracking().Where(c => c.NextCheckAt <= now).OrderBy(c => c.NextCheckAt).Take(Batch).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Notes what is due on a clock as read in <paramref name="snapshot"/>, at <paramref name="now"/>; false when the
    /// clock changed since (met, or noted by another worker) and nothing was written.
    /// </summary>
    public async Task<bool> CheckAsync(SlaClockRecord snapshot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (snapshot.MetAt is not null || snapshot.BreachedAt is not null || snapshot.NextCheckAt is null)
        {
            return false; // met or breached already: its timer is stopped
        }

        using var writer = await database.EnterWriterAsync(cancellationToken);
        await using var db = database.Open(PortfolioScope.For(snapshot.PortfolioId));
        var clock = Copy(snapshot); // the caller's snapshot stays as read
        db.SlaClocks.Attach(clock); // the update is guarded by the revision read in the snapshot
        var entry = Advance(clock, now);
        clock.Revision++;
        if (entry is not null)
        {
            db.AuditEntries.Add(entry);
        }

        try
        {
            // One transaction: the clock's update and its audit entry are written together or not at all.
            await db.SaveChangesAsync(cancellationToken);
            return entry is not null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false; // met or noted concurrently
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var full = false;
            try
            {
                full = (await CheckBatchAsync(stoppingToken)).Due == Batch;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex.GetType().Name);
            }

            if (!full)
            {
                await Task.Delay(options.Value.SlaPollInterval, time, stoppingToken);
            }
        }
    }

    private async Task<(int Due, int Noted)> CheckBatchAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await DueAsync(now, cancellationToken);
        var noted = 0;
        foreach (var clock in due)
        {
            noted += await CheckAsync(clock, now, cancellationToken) ? 1 : 0;
        }

        return (due.Count, noted);
    }

    /// <summary>
    /// Moves the clock's timer on and returns the entry to write, if any. Past its due time the clock is breached (a
    /// worker that was down through the near-breach time notes only the breach); past its near-breach time it is near
    /// breach and looked at again when due.
    /// </summary>
    private static AuditEntryRecord? Advance(SlaClockRecord clock, DateTimeOffset now)
    {
        if (now >= clock.DueAt)
        {
            clock.BreachedAt = clock.DueAt;
            clock.NextCheckAt = null;
            return Entry(clock, now, "sla_breached", new
            {
                workOrder = clock.WorkOrderRef, target = clock.Target, urgency = clock.Urgency, started = clock.StartedAt, due = clock.DueAt,
                overdueSeconds = (long)(now - clock.DueAt).TotalSeconds,
            });
        }

        if (clock.NearBreachNotedAt is null && now >= clock.NearBreachAt)
        {
            clock.NearBreachNotedAt = now;
            clock.NextCheckAt = clock.DueAt;
            return Entry(clock, now, "sla_near_breach", new
            {
                workOrder = clock.WorkOrderRef, target = clock.Target, urgency = clock.Urgency, due = clock.DueAt,
                remainingSeconds = (long)(clock.DueAt - now).TotalSeconds,
            });
        }

        // Looked at early (its timer was set before its near-breach time): wait for the next thing due.
        clock.NextCheckAt = clock.NearBreachNotedAt is null ? clock.NearBreachAt : clock.DueAt;
        return null;
    }

    private static AuditEntryRecord Entry<T>(SlaClockRecord clock, DateTimeOffset now, string kind, T detail) => new()
    {
        PortfolioId = clock.PortfolioId,
        Id = AuditIds.Next(now),
        Subject = clock.Subject,
        At = now,
        Kind = kind,
        Detail = JsonSerializer.Serialize(detail, AuditJson.Options),
    };

    private static SlaClockRecord Copy(SlaClockRecord c) => new()
    {
        PortfolioId = c.PortfolioId, Id = c.Id, Subject = c.Subject, WorkOrderId = c.WorkOrderId, WorkOrderRef = c.WorkOrderRef, PropertyId = c.PropertyId,
        PropertyCode = c.PropertyCode, Urgency = c.Urgency, Target = c.Target, StartedAt = c.StartedAt, DueAt = c.DueAt, NearBreachAt = c.NearBreachAt,
        MetAt = c.MetAt, NearBreachNotedAt = c.NearBreachNotedAt, BreachedAt = c.BreachedAt, NextCheckAt = c.NextCheckAt, Revision = c.Revision,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking SLA clocks failed ({Error}); trying again at the next poll")]
    private static partial void LogFailed(ILogger logger, string error);
}
