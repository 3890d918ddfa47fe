using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>Places a queued notification call through the portfolio's telephony provider; the correlation key is its idempotency key.</summary>
internal sealed class PageCallDelivery(OutboxTelephony telephony) : IOutboxDelivery
{
    public string Kind => OutboxKinds.PageCall;

    public async Task<Result<string>> DeliverAsync(OutboxRecord row, CancellationToken cancellationToken)
    {
        var target = await telephony.ResolveAsync(row.PortfolioId, cancellationToken);
        if (!target.IsSuccess)
        {
            return Result<string>.Failure(target.Error);
        }

        var call = PageCallPayload.Read(row.PayloadJson);
        return await target.Value.Provider.PlaceCallAsync(
            target.Value.Account, new OutboundMessage(call.From, call.To, call.Text, row.CorrelationKey, call.ReplyPath), cancellationToken);
    }
}
