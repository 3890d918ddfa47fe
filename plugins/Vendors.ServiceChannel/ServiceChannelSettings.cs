using System.Globalization;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Vendors.ServiceChannel;

/// <summary>
/// A vendor's ServiceChannel settings (plugin.json's configurationSchema): where the API and its token endpoint are,
/// the client credentials, the subscriber and provider, the location of each property, and the customer's trade,
/// priority and category names (never guessed here). Values are never put into messages.
/// </summary>
internal sealed record ServiceChannelSettings(
    Uri ApiRoot,
    Uri TokenUrl,
    string ClientId,
    string ClientSecret,
    long? SubscriberId,
    long ProviderId,
    IReadOnlyDictionary<string, string> All)
{
    public const string DefaultCategory = "MAINTENANCE";

    public static Result<ServiceChannelSettings> Read(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string? Value(string key) => Find(settings, key);

        if (Http(Value("baseUrl")) is not { } baseUrl)
        {
            return Bad("baseUrl", "must be the API's address, for example https://sb2api.servicechannel.com");
        }

        if (Http(Value("authUrl")) is not { } authUrl)
        {
            return Bad("authUrl", "must be the login address, for example https://sb2login.servicechannel.com");
        }

        if (Value("clientId") is not { } clientId)
        {
            return Bad("clientId", "is missing (the app's OAuth client id)");
        }

        if (Value("clientSecret") is not { } clientSecret)
        {
            return Bad("clientSecret", "is missing (the app's OAuth client secret)");
        }

        if (!Id(Value("providerId"), out var providerId) || providerId is null)
        {
            return Bad("providerId", "must be the vendor's ServiceChannel provider id (a number)");
        }

        if (!Id(Value("subscriberId"), out var subscriberId))
        {
            return Bad("subscriberId", "must be a number when set");
        }

        return new ServiceChannelSettings(
            Under(baseUrl, "v3/"), Under(authUrl, "oauth/token"), clientId, clientSecret, subscriberId, providerId.Value, settings);
    }

    public string? Value(string key) => Find(All, key);

    /// <summary>The property's location: <c>locationId:&lt;property code&gt;</c>, else <c>locationId</c>.</summary>
    public Result<long> LocationId(string propertyCode)
    {
        var key = Value("locationId:" + propertyCode) is not null ? "locationId:" + propertyCode : "locationId";
        return Id(Value(key), out var id) && id is { } location
            ? location
            : Bad(key, $"must be the ServiceChannel location id of property '{propertyCode}' (set locationId:{propertyCode} or locationId)");
    }

    /// <summary>The trade for a category: <c>tradeMap:&lt;category&gt;</c>, else <c>trade</c>.</summary>
    public Result<string> Trade(Category category) =>
        (Value("tradeMap:" + category.ToWire()) ?? Value("trade")) is { } trade
            ? trade
            : ProviderError.Permanent("unknown_trade", $"no ServiceChannel trade for category '{category.ToWire()}': set tradeMap:{category.ToWire()} (or trade) to one of the location's trades");

    /// <summary>The priority for an urgency: <c>priorityMap:&lt;urgency&gt;</c>, else <c>priority</c>.</summary>
    public Result<string> Priority(Urgency urgency) =>
        (Value("priorityMap:" + urgency.ToWire()) ?? Value("priority")) is { } priority
            ? priority
            : ProviderError.Permanent("unknown_priority", $"no ServiceChannel priority for urgency '{urgency.ToWire()}': set priorityMap:{urgency.ToWire()} (or priority) to one of the subscriber's priorities, for example 'P2 - 8 Hours'");

    public string Category => Value("category") ?? DefaultCategory;

    private static string? Find(IReadOnlyDictionary<string, string> settings, string key) =>
        settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static Uri? Http(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && string.IsNullOrEmpty(uri.UserInfo)
            ? uri
            : null;

    // https://sb2api.servicechannel.com, …/ and …/v3 all mean the same root; likewise for …/oauth/token.
    private static Uri Under(Uri root, string tail)
    {
        var path = root.AbsolutePath.TrimEnd('/');
        var bare = tail.TrimEnd('/');
        if (path.EndsWith("/" + bare, StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^(bare.Length + 1)];
        }

        return new UriBuilder(root) { Path = path + "/" + tail, Query = string.Empty }.Uri;
    }

    private static bool Id(string? value, out long? id)
    {
        id = null;
        if (value is null)
        {
            return true;
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            id = number;
            return true;
        }

        return false;
    }

    private static ProviderError Bad(string key, string problem) =>
        ProviderError.Permanent("bad_settings", $"the ServiceChannel setting '{key}' {problem}");
}
