using AiPhoneCoverage.Hub.Calls;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>The telephony provider and account a portfolio's texts and calls go out through.</summary>
internal sealed class OutboxTelephony(IServiceProvider services, TelephonyAccounts accounts, PortfolioCodes codes, IConfiguration configuration)
{
    public async Task<Result<(ITelephonyProvider Provider, TelephonyAccount Account)>> ResolveAsync(Guid portfolioId, CancellationToken cancellationToken)
    {
        var providerId = "telephony." + (configuration["Telephony:Provider"] ?? "twilio");
        if (services.GetKeyedService<ITelephonyProvider>(providerId) is not { } telephony)
        {
            return Result<(ITelephonyProvider, TelephonyAccount)>.Failure(
                ProviderError.Permanent("no_provider", $"telephony provider '{providerId}' is not loaded (see `aipc plugins`)"));
        }

        var account = accounts.For(await codes.CodeOfAsync(portfolioId, cancellationToken));
        return account is null
            ? Result<(ITelephonyProvider, TelephonyAccount)>.Failure(ProviderError.Permanent("not_configured", "the portfolio has no telephony account configured"))
            : Result<(ITelephonyProvider, TelephonyAccount)>.Success((telephony, account));
    }
}
