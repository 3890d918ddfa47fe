using AiPhoneCoverage.Plugins.Telephony.Twilio;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.Telephony.Twilio.Tests;

/// <summary>The provider over a real IHttpClientFactory with the named client the hub registers.</summary>
internal static class ProviderFactory
{
    public static TwilioTelephonyProvider Create(TimeSpan? timeout = null, Func<HttpMessageHandler>? handler = null)
    {
        var services = new ServiceCollection();
        var client = services.AddHttpClient("telephony.twilio", c => c.Timeout = timeout ?? TimeSpan.FromSeconds(10));
        if (handler is not null)
        {
            client.ConfigurePrimaryHttpMessageHandler(handler);
        }

        return new TwilioTelephonyProvider(services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>());
    }
}
