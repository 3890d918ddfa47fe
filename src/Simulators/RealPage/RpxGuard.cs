namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The licence checks, in the gateway's order: licence key with its pmcid, the site under that pmcid, a registered
/// vendor's username and password, the <c>system</c>, then the licence's per-operation authorisation. Every refusal is
/// an HTTP 500 <c>s:Fault</c>; the fault strings are a simulator design choice (pms-apis.md marks them [L]).
/// </summary>
internal sealed class RpxGuard(RealPageSimulatorOptions options, IReadOnlyDictionary<string, RpxSite> sites)
{
    public const string InvalidLicense = "Invalid license key.";
    public const string SiteMismatch = "The PMC ID and site ID do not match the license.";
    public const string InvalidLogin = "Invalid username or password.";

    public (RpxSite? Site, WireMock.ResponseMessage? Refusal) Admit(RpxCall call)
    {
        if (call.Auth is null)
        {
            return Refuse("The auth element is required and must come first.");
        }

        if (call.AuthField("licensekey") != options.LicenseKey || call.AuthField("pmcid") != options.PmcId)
        {
            return Refuse(call.AuthField("licensekey") == options.LicenseKey ? SiteMismatch : InvalidLicense);
        }

        if (call.AuthField("siteid") is not { } siteId || !sites.TryGetValue(siteId, out var site))
        {
            return Refuse(SiteMismatch);
        }

        if (options.VendorUserName is not null
            && (call.AuthField("username") != options.VendorUserName || call.AuthField("password") != options.VendorPassword))
        {
            return Refuse(InvalidLogin);
        }

        if (call.AuthField("system") is { } system && !string.Equals(system, "onesite", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse($"The system '{system}' is not supported.");
        }

        if (options.AuthorizedOperations is { } allowed && !allowed.Contains(call.Operation))
        {
            return Refuse($"The license key is not authorized for method '{call.Operation}'.");
        }

        return (site, null);
    }

    private static (RpxSite?, WireMock.ResponseMessage?) Refuse(string faultString) => (null, RpxSoap.Fault("s:Client", faultString));
}
