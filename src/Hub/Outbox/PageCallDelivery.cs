using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>
/// Places a queued notification call through the portfolio's telephony provider, in its turn among page calls to the
/// same phone (<see cref="PageCallTurns"/>). After an earlier attempt it looks the call up in the provider's list first
/// (same numbers, placed since the row was queued, not another row's) and places it only when it is not there.
/// </summary>
internal sealed class PageCallDelivery(OutboxTelephony telephony, SentSearch search, PageCallTurns turns) : IOutboxDelivery
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
        if (await turns.MustWaitAsync(row, call, cancellationToken))
        {
            return Result<string>.Failure(OutboxDeferral.Error("an earlier page call to this phone is not settled yet", PageCallTurns.Wait));
        }

        var lookup = new SentLookup(OutboundChannel.Call, call.From, call.To, row.CreatedAt - SentSearch.ClockSkew);
        var sent = await search.BeforeSendingAsync(provider, account, row, lookup, body: null, cancellationToken);
        if (!sent.IsSuccess || sent.Value is not null)
        {
            return sent.IsSuccess ? Result<string>.Success(sent.Value!) : Result<string>.Failure(sent.Error);
        }

        return await provider.PlaceCallAsync(account, new OutboundMessage(call.From, call.To, call.Text, row.CorrelationKey, call.ReplyPath), cancellationToken);
    }
}
