using AiPhoneCoverage.Hub.Calls;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>Sends a queued text through the portfolio's telephony provider; the correlation key is its idempotency key.</summary>
internal sealed class SmsDelivery(IServiceProvider services, TelephonyAccounts accounts, PortfolioCodes codes, IConfiguration configuration) : IOutboxDelivery
{
    public string Kind => OutboxKinds.Sms;

    public async Task<Result<string>> DeliverAsync(OutboxRecord row, CancellationToken cancellationToken)
    {
        var providerId = "telephony." + (configuration["Telephony:Provider"] ?? "twilio");
        if (services.GetKeyedService<ITelephonyProvider>(providerId) is not { } telephony)
        {
            return Result<string>.Failure(ProviderError.Permanent("no_provider", $"telephony provider '{providerId}' is not loaded (see `aipc plugins`)"));
        }

        var account = accounts.For(await codes.CodeOfAsync(row.PortfolioId, cancellationToken));
        if (account is null)
        {
            return Result<string>.Failure(ProviderError.Permanent("not_configured", "the portfolio has no telephony account configured"));
        }

        var sms = SmsPayload.Read(row.PayloadJson);
        return await telephony.SendSmsAsync(account, new OutboundMessage(sms.From, sms.To, sms.Text, row.CorrelationKey), cancellationToken);
    }
}
