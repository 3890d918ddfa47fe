using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Vendors.ServiceChannel;

/// <summary>Registers the ServiceChannel dispatcher under the plugin's id, <c>vendor.servicechannel</c>.</summary>
public sealed class ServiceChannelRegistrar : IPluginRegistrar
{
    /// <inheritdoc />
    public void Register(IPluginContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // One dispatcher for every vendor: it keeps only access tokens, per login; each call brings the vendor's settings.
        context.AddVendorDispatcher<ServiceChannelDispatcher>();
    }
}
