using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>
/// Delivers due outbox rows, each lane (<see cref="OutboxLane"/>) in its own loop. A row is first leased
/// (<see cref="OutboxLease"/>: the attempt is counted and committed before anything is sent), the lease is renewed while
/// the delivery runs, and the result is settled only under the same lease (<see cref="OutboxSettlement"/>). One row's
/// failure, exception or hang never touches another's; a row past its maximum age is dead-lettered even if no attempt
/// ever settled. docs/reliability.md says what each crash window leads to.
/// </summary>
internal sealed partial class OutboxWorker(
    HubDatabase database,
    IEnumerable<IOutboxDelivery> deliveries,
    IOptions<HubOptions> options,
    TimeProvider time,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    private const int Batch = 50;

    private readonly Dictionary<string, IOutboxDelivery> _byKind = deliveries.ToDictionary(d => d.Kind, StringComparer.Ordinal);

    /// <summary>Delivers every row due now in both lanes; returns how many it settled or rescheduled.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var handled = await Task.WhenAll(OutboxLanes.All.Select(lane => DeliverDueAsync(lane, cancellationToken)));
        return handled.Sum();
    }

    /// <summary>Delivers the rows due now in one lane, a batch at a time (tests and tools; the service runs <see cref="RunLaneAsync"/>).</summary>
    public async Task<int> DeliverDueAsync(OutboxLane lane, CancellationToken cancellationToken)
    {
        var due = await DueAsync(lane, [], cancellationToken);
        var handled = 0;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.Value.OutboxConcurrency, CancellationToken = cancellationToken },
            async (row, token) =>
            {
                if (await DeliverOneAsync(row.PortfolioId, row.Id, token))
                {
                    Interlocked.Increment(ref handled);
                }
            });
        return handled;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(OutboxLanes.All.Select(lane => RunLaneAsync(lane, stoppingToken)));

    /// <summary>
    /// One lane's loop: a row starts as soon as one of the lane's slots is free, so a delivery that hangs holds its own
    /// slot only, never the rows queued behind it.
    /// </summary>
    private async Task RunLaneAsync(OutboxLane lane, CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var slots = new SemaphoreSlim(options.Value.OutboxConcurrency);
        var running = new System.Collections.Concurrent.ConcurrentDictionary<Guid, Task>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var due = new List<(Guid PortfolioId, Guid Id)>();
                try
                {
                    due = await DueAsync(lane, running.Keys.ToHashSet(), stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogPassFailed(logger, lane, ex.GetType().Name);
                }

                foreach (var (portfolioId, id) in due)
                {
                    await slots.WaitAsync(stoppingToken);
                    running[id] = Task.Run(
                        async () =>
                        {
                            try
                            {
                                await DeliverOneAsync(portfolioId, id, stoppingToken);
                            }
                            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                            {
                                // Shutdown: the row was handed back.
                            }
                            finally
                            {
                                running.TryRemove(id, out _);
                                slots.Release();
                            }
                        },
                        CancellationToken.None);
                }

                if (due.Count < Batch)
                {
                    await Task.Delay(options.Value.OutboxPollInterval, time, stoppingToken);
                }
            }
        }
        finally
        {
            await Task.WhenAll(running.Values);
        }
    }

    /// <summary>The lane's due rows nobody holds, oldest due first, leaving out those this process is delivering.</summary>
    private async Task<List<(Guid PortfolioId, Guid Id)>> DueAsync(OutboxLane lane, HashSet<Guid> delivering, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var telephony = OutboxLanes.TelephonyKinds;
        await using var db = database.Open(PortfolioScope.System);
        var pending = db.Outbox.AsNoTracking()
            .Where(o => o.Status == OutboxStatus.Pending && o.NextAttemptAt <= now && (o.LeaseUntil == null || o.LeaseUntil < now));
        pending = lane == OutboxLane.Telephony ? pending.Where(o => telephony.Contains(o.Kind)) : pending.Where(o => !telephony.Contains(o.Kind));
        var rows = await pending.OrderBy(o => o.NextAttemptAt).Take(Batch).Select(o => new { o.PortfolioId, o.Id }).ToListAsync(cancellationToken);
        return rows.Where(r => !delivering.Contains(r.Id)).Select(r => (r.PortfolioId, r.Id)).ToList();
    }

    /// <summary>Leases, delivers and settles one row; false when another worker holds it. Never throws but for shutdown.</summary>
    private async Task<bool> DeliverOneAsync(Guid portfolioId, Guid id, CancellationToken stoppingToken)
    {
        OutboxLease? lease = null;
        try
        {
            lease = await OutboxLease.TakeAsync(database, portfolioId, id, options.Value.OutboxLease, time.GetUtcNow(), stoppingToken);
            if (lease is null)
            {
                return false;
            }

            await using var db = database.Open(PortfolioScope.For(portfolioId));
            var row = await db.Outbox.SingleAsync(o => o.Id == id, stoppingToken);
            if (row.LeaseToken != lease.Token)
            {
                return false; // lost between the lease and the read: its new holder delivers it
            }

            var result = time.GetUtcNow() - row.CreatedAt >= options.Value.OutboxMaxAge
                ? await GiveUpAsync(row, stoppingToken)
                : await DeliverHeldAsync(lease, row, stoppingToken);
            using var writer = await database.EnterWriterAsync(stoppingToken);
            OutboxSettlement.Apply(db, row, result, options.Value, time.GetUtcNow());
            await db.SaveChangesAsync(stoppingToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            LogLeaseLost(logger, id);
            return false;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested && lease is not null)
        {
            // Shutting down mid-delivery: hand the row back now rather than after the lease (a page must not wait a
            // minute for a deploy). The attempt stays counted, so whoever takes it next looks before sending.
            await lease.ReleaseAsync(database, CancellationToken.None);
            throw;
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // The database refused the lease or the settle: the lease runs out and a later attempt searches first.
            LogRowFailed(logger, id, ex.GetType().Name);
            return false;
        }
    }

    /// <summary>Past the maximum age the row is given up without another attempt; its kind may clean up after it.</summary>
    private async Task<Result<string>> GiveUpAsync(OutboxRecord row, CancellationToken stoppingToken)
    {
        if (_byKind.TryGetValue(row.Kind, out var delivery))
        {
            await delivery.GiveUpAsync(row, stoppingToken);
        }

        return Result<string>.Failure(ProviderError.Transient("too_old", $"not delivered within {options.Value.OutboxMaxAge} ({row.Attempts - 1} attempts settled or lost)"));
    }

    /// <summary>Runs the delivery under a renewed lease and a deadline; an exception or a lost lease is an unknown outcome.</summary>
    private async Task<Result<string>> DeliverHeldAsync(OutboxLease lease, OutboxRecord row, CancellationToken stoppingToken)
    {
        if (!_byKind.TryGetValue(row.Kind, out var delivery))
        {
            return Result<string>.Failure(ProviderError.Permanent("unknown_kind", $"no delivery for outbox rows of kind '{row.Kind}'"));
        }

        using var deadline = new CancellationTokenSource(options.Value.OutboxDeliveryTimeout, time);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, deadline.Token);
        using var delivered = new CancellationTokenSource();
        var keeper = KeepLeaseAsync(lease, attempt, delivered.Token);
        try
        {
            return await delivery.DeliverAsync(row, attempt.Token);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // A provider that threw, hung past the deadline or lost its lease mid-way: it may have acted, so the next attempt searches first.
            if (ex is not OperationCanceledException)
            {
                // The stack names methods only; an exception's message may carry a resident's data, so it is not logged.
                LogDeliveryThrew(logger, row.Id, row.Kind, ex.GetType().Name, ex.StackTrace);
            }

            return Result<string>.Failure(ProviderError.Unknown(deadline.IsCancellationRequested ? "deadline" : "exception", ex.GetType().Name));
        }
        finally
        {
            await delivered.CancelAsync();
            await keeper;
        }
    }

    /// <summary>
    /// Renews the lease every third of its length until the delivery ends. When the lease is lost, or renewals fail so
    /// long that it may run out before the next try, the delivery is cancelled: another worker may take the row then.
    /// </summary>
    private async Task KeepLeaseAsync(OutboxLease lease, CancellationTokenSource attempt, CancellationToken delivered)
    {
        var length = options.Value.OutboxLease;
        var heldUntil = time.GetUtcNow() + length;
        while (!delivered.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(length / 3, time, delivered);
                var asked = time.GetUtcNow(); // the stored lease counts from before the renewal, not from its answer
                if (await lease.RenewAsync(database, length, asked, delivered))
                {
                    heldUntil = asked + length;
                    continue;
                }

                LogLeaseLost(logger, lease.Id);
                await attempt.CancelAsync();
                return;
            }
            catch (OperationCanceledException) when (delivered.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogRenewFailed(logger, lease.Id, ex.GetType().Name);
                if (time.GetUtcNow() + length / 3 >= heldUntil)
                {
                    await attempt.CancelAsync(); // the next try would come after the lease ran out
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Lane} pass failed ({Error}); trying again at the next poll")]
    private static partial void LogPassFailed(ILogger logger, OutboxLane lane, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {Id}: the {Kind} delivery threw {Error}; the next attempt searches first\n{StackTrace}")]
    private static partial void LogDeliveryThrew(ILogger logger, Guid id, string kind, string error, string? stackTrace);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {Id} lost its lease; its outcome is left to the worker that holds it now")]
    private static partial void LogLeaseLost(ILogger logger, Guid id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {Id} could not be leased or settled ({Error}); its lease runs out and a later attempt searches first")]
    private static partial void LogRowFailed(ILogger logger, Guid id, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {Id}: renewing its lease failed ({Error})")]
    private static partial void LogRenewFailed(ILogger logger, Guid id, string error);
}
