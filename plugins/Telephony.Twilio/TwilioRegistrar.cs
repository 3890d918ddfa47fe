using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Telephony.Twilio;

/// <summary>Registers the Twilio telephony provider under the plugin's id, <c>telephony.twilio</c>.</summary>
public sealed class TwilioRegistrar : IPluginRegistrar
{
    /// <inheritdoc />
    public void Register(IPluginContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The provider keeps no settings of its own: the hub builds each portfolio's TelephonyAccount from the
        // Twilio section (and its Portfolios:<code> overrides) and passes it with every call.
        context.AddTelephonyProvider<TwilioTelephonyProvider>();
    }
}
