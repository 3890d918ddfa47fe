using System.Globalization;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Yardi;

/// <summary>
/// A property's Yardi connection, read from its settings (the keys of plugin.json): the Voyager base URL, the interface
/// login and licence, and how far back a correlation-key search looks. <see cref="Secrets"/> never appear in an error.
/// </summary>
internal sealed record YardiSettings(
    Uri ServiceUrl,
    string PropertyId,
    string UserName,
    string Password,
    string ServerName,
    string Database,
    string Platform,
    string InterfaceEntity,
    string InterfaceLicense,
    int SearchDays,
    IReadOnlyDictionary<string, string> All)
{
    public const string ServiceRequestsPath = "webservices/ItfServiceRequests.asmx";

    public const int DefaultSearchDays = 7;

    private static readonly string[] Required = ["baseUrl", "userName", "password", "serverName", "database", "platform", "interfaceEntity", "interfaceLicense"];

    public IReadOnlyList<string> Secrets => [Password, InterfaceLicense];

    /// <summary>Where the vocabulary of this connection is cached: one database and property, whoever asks.</summary>
    public string CacheKey => string.Join('\n', ServiceUrl.AbsoluteUri, ServerName, Database, PropertyId).ToUpperInvariant();

    public static Result<YardiSettings> Read(PmsProperty target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var settings = target.Settings;
        if (Required.FirstOrDefault(k => !settings.TryGetValue(k, out var v) || string.IsNullOrWhiteSpace(v)) is { } missing)
        {
            return Bad(target, $"lacks the setting '{missing}'");
        }

        if (string.IsNullOrWhiteSpace(target.ExternalPropertyId))
        {
            return Bad(target, "has no Yardi property code (the property's PMS propertyId)");
        }

        if (!Uri.TryCreate(settings["baseUrl"].Trim().TrimEnd('/') + "/", UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            return Bad(target, "has a baseUrl that is not an absolute http(s) URL");
        }

        var searchDays = DefaultSearchDays;
        if (settings.TryGetValue("searchDays", out var days) && !string.IsNullOrWhiteSpace(days)
            && (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out searchDays) || searchDays is < 1 or > 366))
        {
            return Bad(target, "has a searchDays that is not a whole number of days from 1 to 366");
        }

        return new YardiSettings(
            new Uri(baseUrl, ServiceRequestsPath), target.ExternalPropertyId.Trim(), settings["userName"], settings["password"], settings["serverName"],
            settings["database"], settings["platform"], settings["interfaceEntity"], settings["interfaceLicense"], searchDays, settings);
    }

    private static ProviderError Bad(PmsProperty target, string what) =>
        ProviderError.Permanent("bad_configuration", $"The Yardi connection of property '{target.PropertyCode}' {what}.");
}
