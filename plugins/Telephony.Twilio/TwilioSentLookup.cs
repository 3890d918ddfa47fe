using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Telephony.Twilio;

/// <summary>
/// <see cref="ITelephonyProvider.FindSentAsync"/> for Twilio: lists <c>Messages.json</c> or <c>Calls.json</c> filtered by
/// <c>To</c> and <c>From</c> only, newest first, and keeps the records whose <c>date_created</c> is at or after
/// <see cref="SentLookup.Since"/>. No <c>DateSent</c>/<c>StartTime</c> filter: Twilio applies those to the sent and start
/// times, which are empty while a message or call is still queued, so a date filter would hide exactly the attempt
/// that just went in. At most <see cref="MaxPages"/> pages of <see cref="PageSize"/> are read.
/// </summary>
internal sealed class TwilioSentLookup(TwilioApi api)
{
    public const int PageSize = 100;

    public const int MaxPages = 5;

    public async Task<Result<IReadOnlyList<SentRecord>>> FindAsync(TelephonyAccount account, SentLookup lookup, CancellationToken cancellationToken)
    {
        var (resource, what) = lookup.Channel == OutboundChannel.Sms ? ("Messages", "list texts") : ("Calls", "list calls");
        var prefix = TwilioApi.ResourcePath(account, resource);
        var path = $"{prefix}?To={Uri.EscapeDataString(lookup.To)}&From={Uri.EscapeDataString(lookup.From)}&PageSize={PageSize}";
        var found = new List<SentRecord>();
        for (var page = 1; ; page++)
        {
            var read = await api.ReadAsync(account, path, what, [], body => TwilioListPage.Parse(body, lookup.Channel, what), cancellationToken);
            if (!read.IsSuccess)
            {
                return Result<IReadOnlyList<SentRecord>>.Failure(read.Error);
            }

            var inRange = read.Value.Records.Where(r => r.CreatedAt >= lookup.Since).ToList();
            found.AddRange(inRange);
            if (read.Value.NextPageUri is not { } next)
            {
                break;
            }

            // The next page may still hold records in range unless this page already reached older ones (newest first).
            if (page == MaxPages && read.Value.Records.All(r => r.CreatedAt >= lookup.Since))
            {
                return Result<IReadOnlyList<SentRecord>>.Failure(ProviderError.Unknown(
                    "lookup_truncated",
                    $"Twilio holds more than {MaxPages * PageSize} records for this pair since the time asked; whether the attempt reached it is unknown."));
            }

            if (page == MaxPages || read.Value.Records.Any(r => r.CreatedAt < lookup.Since))
            {
                break;
            }

            // The next page's path comes from Twilio; it is followed only under the same account and resource, so the
            // account's credentials never go anywhere else.
            if (!next.StartsWith(prefix + "?", StringComparison.Ordinal))
            {
                return Result<IReadOnlyList<SentRecord>>.Failure(ProviderError.Transient(
                    "unexpected_answer", $"Twilio's answer to an attempt to {what} named a next page outside the account's {resource} list."));
            }

            path = next;
        }

        return Result<IReadOnlyList<SentRecord>>.Success(found.OrderByDescending(r => r.CreatedAt).ToList());
    }
}
