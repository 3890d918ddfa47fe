using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>
/// Delivers due outbox rows. A row is leased with a compare-and-set update before delivery (another node, or this one
/// after a crash, takes it only once the lease has run out), then settled: delivered with the receiver's id, failed at
/// once when retrying cannot help, retried with doubling delays otherwise, and dead-lettered past the maximum age.
/// Every outcome lands in the audit trail of the row's subject.
/// </summary>
internal sealed partial class OutboxWorker(
    HubDatabase database,
    IEnumerable<IOutboxDelivery> deliveries,
    IOptions<HubOptions> options,
    TimeProvider time,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);

    private readonly Dictionary<string, IOutboxDelivery> _byKind = deliveries.ToDictionary(d => d.Kind, StringComparer.Ordinal);

    /// <summary>Delivers every row due now; returns how many it settled or rescheduled.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        List<(Guid PortfolioId, Guid Id)> due;
        await using (var db = database.Open(PortfolioScope.System))
        {
            due = (await db.Outbox.AsNoTracking()
                    .Where(o => o.Status == OutboxStatus.Pending && o.NextAttemptAt <= now && (o.LeaseUntil == null || o.LeaseUntil < now))
                    .OrderBy(o => o.NextAttemptAt).Take(50).Select(o => new { o.PortfolioId, o.Id }).ToListAsync(cancellationToken))
                .Select(o => (o.PortfolioId, o.Id)).ToList();
        }

        // Several at once, so that one slow or failing PMS does not hold up the others' work orders and texts.
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DeliverDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex.GetType().Name);
            }

            await Task.Delay(options.Value.OutboxPollInterval, time, stoppingToken);
        }
    }

    private async Task<bool> DeliverOneAsync(Guid portfolioId, Guid id, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.For(portfolioId));
        var now = time.GetUtcNow();
        var until = now + Lease;
        var leased = await db.Outbox
            .Where(o => o.Id == id && o.Status == OutboxStatus.Pending && (o.LeaseUntil == null || o.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LeaseUntil, until), cancellationToken);
        if (leased == 0)
        {
            return false; // another worker has it
        }

        var row = await db.Outbox.SingleAsync(o => o.Id == id, cancellationToken);
        var result = _byKind.TryGetValue(row.Kind, out var delivery)
            ? await DeliverSafelyAsync(delivery, row, cancellationToken)
            : Result<string>.Failure(ProviderError.Permanent("unknown_kind", $"no delivery for outbox rows of kind '{row.Kind}'"));
        Settle(db, row, result);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static async Task<Result<string>> DeliverSafelyAsync(IOutboxDelivery delivery, OutboxRecord row, CancellationToken cancellationToken)
    {
        try
        {
            return await delivery.DeliverAsync(row, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // A provider that threw instead of answering with a result: the outcome is unknown, so the next attempt searches first.
            return Result<string>.Failure(ProviderError.Unknown("exception", ex.GetType().Name));
        }
    }

    private void Settle(HubDbContext db, OutboxRecord row, Result<string> result)
    {
        var now = time.GetUtcNow();
        row.Attempts++;
        row.LeaseUntil = null;
        row.UpdatedAt = now;
        if (result.IsSuccess)
        {
            row.Status = OutboxStatus.Delivered;
            row.ExternalId = result.Value;
            row.LastError = null;
        }
        else
        {
            row.LastError = Truncate(result.Error.ToString());
            if (result.Error.Kind == ErrorKind.Permanent)
            {
                row.Status = OutboxStatus.Failed;
            }
            else if (now - row.CreatedAt >= options.Value.OutboxMaxAge)
            {
                row.Status = OutboxStatus.Dead;
            }
            else
            {
                var delay = options.Value.OutboxBackoffBase * Math.Pow(2, Math.Min(row.Attempts - 1, 20));
                delay = delay < options.Value.OutboxBackoffCap ? delay : options.Value.OutboxBackoffCap;
                var asked = RetryAfter(result.Error);
                row.NextAttemptAt = now + (asked > delay ? asked : delay);
            }
        }

        db.AuditEntries.Add(new AuditEntryRecord
        {
            PortfolioId = row.PortfolioId,
            Id = AuditIds.Next(now),
            Subject = row.Subject,
            At = now,
            Kind = $"{row.Kind}_{(row.Status == OutboxStatus.Pending ? "retry" : row.Status)}",
            Detail = System.Text.Json.JsonSerializer.Serialize(new { id = row.Id.ToString("N"), attempts = row.Attempts, external_id = row.ExternalId, error = row.LastError }, AuditJson.Options),
        });
    }

    /// <summary>The receiver's Retry-After: the error's own, or "retry after N s" in its message (capped at an hour).</summary>
    private static TimeSpan RetryAfter(ProviderError error)
    {
        if (error.RetryAfter is { } asked)
        {
            return asked < TimeSpan.FromHours(1) ? asked : TimeSpan.FromHours(1);
        }

        var match = RetryAfterText().Match(error.Message);
        return match.Success && int.TryParse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(Math.Min(seconds, 3600))
            : TimeSpan.Zero;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"retry after (\d+) ?s", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RetryAfterText();

    private static string Truncate(string text) => text.Length <= 1000 ? text : text[..1000];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox delivery pass failed ({Error}); trying again at the next poll")]
    private static partial void LogFailed(ILogger logger, string error);
}
