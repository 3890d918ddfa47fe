using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>
/// Places a queued notification call through the portfolio's telephony provider. After an earlier attempt it looks the
/// call up in the provider's list first (same numbers, placed since the row was queued, not another row's) and places
/// it only when it is not there.
/// </summary>
internal sealed class PageCallDelivery(OutboxTelephony telephony, SentSearch search) : IOutboxDelivery
{
    public string Kind => OutboxKinds.PageCall;

    public async Task<Result<string>> DeliverAsync(OutboxRecord row, CancellationToken cancellationToken)
    {
        var target = await telephony.ResolveAsync(row.PortfolioId, cancellationToken);
        if (!target.IsSuccess)
        {
            return Result<string>.Failure(target.Error);
        }

        var (provider, account) = target.Value;
        var call = PageCallPayload.Read(row.PayloadJson);
        var lookup = new SentLookup(OutboundChannel.Call, call.From, call.To, row.CreatedAt - SentSearch.ClockSkew);
        var sent = await search.BeforeSendingAsync(provider, account, row, lookup, body: null, cancellationToken);
        if (!sent.IsSuccess || sent.Value is not null)
        {
            return sent.IsSuccess ? Result<string>.Success(sent.Value!) : Result<string>.Failure(sent.Error);
        }

        return await provider.PlaceCallAsync(account, new OutboundMessage(call.From, call.To, call.Text, row.CorrelationKey, call.ReplyPath), cancellationToken);
    }
}
