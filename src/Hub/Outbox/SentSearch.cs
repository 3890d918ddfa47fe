using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>
/// Before a text or page call is sent again after an attempt that may have reached the provider, looks for it in the
/// provider's own list (telephony providers have no idempotency key): a message or call from the same number to the
/// same number, created since the row was queued, with the same body for a text, and not already claimed by another
/// outbox row. The oldest such one is this row's. A call has no body, so page calls to one phone go out one at a time
/// (<see cref="PageCallTurns"/>): only one can be in doubt, and the one found is its own.
/// </summary>
internal sealed class SentSearch(HubDatabase database)
{
    /// <summary>How far the provider's clock may be behind ours (Twilio's dates have whole seconds).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    /// <summary>The SDK's error code for a provider that cannot list what it sent.</summary>
    public const string LookupUnsupported = "lookup_unsupported";

    /// <summary>
    /// The provider's id of this row's text or call if an earlier attempt sent it; null when it must be sent (first
    /// attempt, not found, or a provider that cannot list what it sent); an error when the list could not be read now.
    /// </summary>
    public async Task<Result<string?>> BeforeSendingAsync(
        ITelephonyProvider provider, TelephonyAccount account, OutboxRecord row, SentLookup lookup, string? body, CancellationToken cancellationToken)
    {
        if (row.Attempts <= 1)
        {
            return Result<string?>.None;
        }

        var listed = await provider.FindSentAsync(account, lookup, cancellationToken);
        if (!listed.IsSuccess)
        {
            // A provider without a list: sending again may repeat the text, which beats never sending a page.
            return listed.Error.Code == LookupUnsupported ? Result<string?>.None : Result<string?>.Failure(listed.Error);
        }

        // A trial account prefixes "Sent from your Twilio trial account - ", so a body is matched by its end.
        var candidates = listed.Value.Where(s => body is null || (s.Body is not null && s.Body.EndsWith(body, StringComparison.Ordinal))).ToList();
        if (candidates.Count == 0)
        {
            return Result<string?>.None;
        }

        var ids = candidates.Select(c => c.Id).ToList();
        HashSet<string> claimed;
        await using (var db = database.Open(PortfolioScope.For(row.PortfolioId)))
        {
            claimed = (await db.Outbox.AsNoTracking()
                .Where(o => o.Id != row.Id && o.Kind == row.Kind && o.ExternalId != null && ids.Contains(o.ExternalId))
                .Select(o => o.ExternalId!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        }

        return candidates.Where(c => !claimed.Contains(c.Id)).OrderBy(c => c.CreatedAt).Select(c => c.Id).FirstOrDefault() is { } mine
            ? Result<string?>.Success(mine)
            : Result<string?>.None;
    }
}
