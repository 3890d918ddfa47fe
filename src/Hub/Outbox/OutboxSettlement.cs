using System.Text.Json;
using System.Text.RegularExpressions;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>
/// What an attempt's result does to its row: delivered with the receiver's id, failed at once when retrying cannot
/// help, retried with doubling delays (or the receiver's Retry-After) otherwise, dead past the maximum age. The lease is
/// released with it, and the outcome goes to the audit trail of the row's subject.
/// </summary>
internal static partial class OutboxSettlement
{
    public static void Apply(HubDbContext db, OutboxRecord row, Result<string> result, HubOptions options, DateTimeOffset now)
    {
        row.LeaseUntil = null;
        row.LeaseToken = null;
        row.UpdatedAt = now;
        if (!result.IsSuccess && OutboxDeferral.Is(result.Error))
        {
            row.Attempts--; // nothing was sent: the attempt the lease counted did not happen
            row.NextAttemptAt = now + (result.Error.RetryAfter ?? options.OutboxBackoffBase);
            return;
        }
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
            else if (now - row.CreatedAt >= options.OutboxMaxAge)
            {
                row.Status = OutboxStatus.Dead;
            }
            else
            {
                var delay = options.OutboxBackoffBase * Math.Pow(2, Math.Min(Math.Max(row.Attempts, 1) - 1, 20));
                delay = delay < options.OutboxBackoffCap ? delay : options.OutboxBackoffCap;
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
            Detail = JsonSerializer.Serialize(new { id = row.Id.ToString("N"), attempts = row.Attempts, external_id = row.ExternalId, error = row.LastError }, AuditJson.Options),
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

    [GeneratedRegex(@"retry after (\d+) ?s", RegexOptions.IgnoreCase)]
    private static partial Regex RetryAfterText();

    private static string Truncate(string text) => text.Length <= 1000 ? text : text[..1000];
}
