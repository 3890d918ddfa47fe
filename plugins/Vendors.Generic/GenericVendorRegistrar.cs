using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Vendors.Generic;

/// <summary>Registers the generic webhook dispatcher under the plugin's id, <c>vendor.generic</c>.</summary>
public sealed class GenericVendorRegistrar : IPluginRegistrar
{
    /// <inheritdoc />
    public void Register(IPluginContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The dispatcher keeps no settings of its own: every call brings the vendor's settings.
        context.AddVendorDispatcher<GenericVendorDispatcher>();
    }
}
