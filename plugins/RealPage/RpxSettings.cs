using System.Globalization;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>
/// A property's RPX connection, read from <see cref="PmsProperty.Settings"/> (keys as in plugin.json) and its
/// <see cref="PmsProperty.ExternalPropertyId"/>, which is the OneSite site id.
/// </summary>
internal sealed record RpxSettings(
    Uri Endpoint,
    string PmcId,
    string SiteId,
    string LicenseKey,
    string? UserName,
    string? Password,
    string System,
    int LookbackDays,
    int RosterPageSize,
    string? DefaultLocation,
    IReadOnlyDictionary<string, string> All)
{
    public const int DefaultLookbackDays = 30;
    public const int DefaultRosterPageSize = 500;

    /// <summary>Identifies the connection in the connector's caches (never shown; the secrets only as a hash).</summary>
    public string CacheKey => string.Join('|', Endpoint.AbsoluteUri, PmcId, SiteId,
        HashCode.Combine(LicenseKey, UserName, Password).ToString(CultureInfo.InvariantCulture));

    /// <summary>Values that must never appear in an error message.</summary>
    public IReadOnlyList<string> Secrets => new[] { LicenseKey, Password }.OfType<string>().Where(s => s.Length >= 3).ToList();

    public static Result<RpxSettings> Read(PmsProperty target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var settings = target.Settings;
        string? Get(string key) => settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        if (Get("baseUrl") is not { } baseUrl
            || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var root)
            || (root.Scheme != Uri.UriSchemeHttps && root.Scheme != Uri.UriSchemeHttp))
        {
            return Misconfigured("baseUrl must be the gateway's absolute http(s) URL, for example https://gateway.rpx.realpage.com");
        }

        if (Get("partner") is not { } partner || partner.Contains('/', StringComparison.Ordinal) || partner.Contains('?', StringComparison.Ordinal))
        {
            return Misconfigured("partner must be the partner name RealPage issued (the {Partner} of /rpxgateway/partner/{Partner}/{Partner}.svc)");
        }

        if (Get("pmcId") is not { } pmcId)
        {
            return Misconfigured("pmcId (the management company id) is required");
        }

        if (string.IsNullOrWhiteSpace(target.ExternalPropertyId))
        {
            return Misconfigured("the property has no OneSite site id (its PMS property id)");
        }

        if (Get("licenseKey") is not { } licenseKey)
        {
            return ProviderError.Permanent("bad_credentials", "RealPage: licenseKey is not configured for this property.");
        }

        var userName = Get("userName");
        var password = Get("password");
        if ((userName is null) != (password is null))
        {
            return ProviderError.Permanent("bad_credentials", "RealPage: userName and password go together (registered vendors send both, app partners neither).");
        }

        if (!Positive(Get("lookbackDays"), DefaultLookbackDays, out var lookback) || !Positive(Get("rosterPageSize"), DefaultRosterPageSize, out var pageSize))
        {
            return Misconfigured("lookbackDays and rosterPageSize must be positive whole numbers");
        }

        var escaped = Uri.EscapeDataString(partner);
        var endpoint = new Uri($"{root.AbsoluteUri.TrimEnd('/')}/rpxgateway/partner/{escaped}/{escaped}.svc");
        return new RpxSettings(endpoint, pmcId, target.ExternalPropertyId.Trim(), licenseKey, userName, password,
            Get("system") ?? "Onesite", lookback, pageSize, Get("defaultLocation"), settings);
    }

    private static bool Positive(string? text, int fallback, out int value)
    {
        value = fallback;
        return text is null || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0);
    }

    private static ProviderError Misconfigured(string what) => ProviderError.Permanent("bad_configuration", $"RealPage: {what}.");
}
