using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>Sends a queued text through the portfolio's telephony provider; the correlation key is its idempotency key.</summary>
internal sealed class SmsDelivery(OutboxTelephony telephony) : IOutboxDelivery
{
    public string Kind => OutboxKinds.Sms;

    public async Task<Result<string>> DeliverAsync(OutboxRecord row, CancellationToken cancellationToken)
    {
        var target = await telephony.ResolveAsync(row.PortfolioId, cancellationToken);
        if (!target.IsSuccess)
        {
            return Result<string>.Failure(target.Error);
        }

        var sms = SmsPayload.Read(row.PayloadJson);
        return await target.Value.Provider.SendSmsAsync(target.Value.Account, new OutboundMessage(sms.From, sms.To, sms.Text, row.CorrelationKey), cancellationToken);
    }
}
