namespace AiPhoneCoverage.Sdk;

/// <summary>The capability names a manifest may declare. A plugin may only register the providers its manifest declares.</summary>
public static class PluginCapabilities
{
    /// <summary>Provides an <see cref="IPmsConnector"/>.</summary>
    public const string Pms = "pms";

    /// <summary>Provides an <see cref="ITelephonyProvider"/>.</summary>
    public const string Telephony = "telephony";

    /// <summary>Provides an <see cref="IIntentModel"/>.</summary>
    public const string IntentModel = "intent_model";

    /// <summary>Provides an <see cref="IVendorDispatcher"/>.</summary>
    public const string VendorDispatch = "vendor_dispatch";

    /// <summary>Contributes workflow activities.</summary>
    public const string Activities = "activities";

    /// <summary>Every known capability.</summary>
    public static IReadOnlyList<string> All { get; } = [Pms, Telephony, IntentModel, VendorDispatch, Activities];
}
