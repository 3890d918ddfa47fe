using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>
/// Sends a queued text through the portfolio's telephony provider. After an earlier attempt (which may have reached the
/// provider before the process died or the answer was lost) it looks the text up in the provider's list first and
/// sends only when it is not there.
/// </summary>
internal sealed class SmsDelivery(OutboxTelephony telephony, SentSearch search) : IOutboxDelivery
{
    public string Kind => OutboxKinds.Sms;

    public async Task<Result<string>> DeliverAsync(OutboxRecord row, CancellationToken cancellationToken)
    {
        var target = await telephony.ResolveAsync(row.PortfolioId, cancellationToken);
        if (!target.IsSuccess)
        {
            return Result<string>.Failure(target.Error);
        }

        var (provider, account) = target.Value;
        var sms = SmsPayload.Read(row.PayloadJson);
        var lookup = new SentLookup(OutboundChannel.Sms, sms.From, sms.To, row.CreatedAt - SentSearch.ClockSkew);
        var sent = await search.BeforeSendingAsync(provider, account, row, lookup, sms.Text, cancellationToken);
        if (!sent.IsSuccess || sent.Value is not null)
        {
            return sent.IsSuccess ? Result<string>.Success(sent.Value!) : Result<string>.Failure(sent.Error);
        }

        return await provider.SendSmsAsync(account, new OutboundMessage(sms.From, sms.To, sms.Text, row.CorrelationKey), cancellationToken);
    }
}
