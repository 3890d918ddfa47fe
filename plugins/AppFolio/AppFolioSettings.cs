using System.Globalization;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.AppFolio;

/// <summary>
/// A property's connection settings (plugin.json's configurationSchema): where the customer's AppFolio database is,
/// the Stack API credentials, and the optional lists and windows. Values are never put into messages.
/// </summary>
internal sealed record AppFolioSettings(
    Uri ApiRoot,
    string ClientId,
    string ClientSecret,
    IReadOnlyList<string>? VendorTrades,
    IReadOnlyList<string>? Priorities,
    IReadOnlyList<string>? Statuses,
    int PageSize,
    TimeSpan VocabularyLookback,
    TimeSpan CorrelationSearchWindow)
{
    public const int DefaultPageSize = 500;

    /// <summary>The settings, or a permanent <c>bad_settings</c> error naming the key that is missing or wrong.</summary>
    public static Result<AppFolioSettings> Read(PmsProperty target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var settings = target.Settings;
        string? Value(string key) => settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        if (Value("baseUrl") is not { } baseUrl
            || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var root)
            || (root.Scheme != Uri.UriSchemeHttps && root.Scheme != Uri.UriSchemeHttp))
        {
            return Bad("baseUrl", "must be the customer's AppFolio address, for example https://example.appfolio.com");
        }

        if (Value("clientId") is not { } clientId)
        {
            return Bad("clientId", "is missing (Stack API client id)");
        }

        if (Value("clientSecret") is not { } clientSecret)
        {
            return Bad("clientSecret", "is missing (Stack API client secret)");
        }

        if (string.IsNullOrWhiteSpace(target.ExternalPropertyId))
        {
            return ProviderError.Permanent("bad_settings", $"property '{target.PropertyCode}' has no AppFolio property id");
        }

        if (!Number(Value("pageSize"), DefaultPageSize, 1, 1000, out var pageSize))
        {
            return Bad("pageSize", "must be a whole number from 1 to 1000");
        }

        if (!Number(Value("vocabularyLookbackDays"), 365, 1, 3650, out var lookbackDays))
        {
            return Bad("vocabularyLookbackDays", "must be a whole number of days from 1 to 3650");
        }

        if (!Number(Value("correlationSearchDays"), 7, 1, 365, out var searchDays))
        {
            return Bad("correlationSearchDays", "must be a whole number of days from 1 to 365");
        }

        return new AppFolioSettings(
            ApiRootOf(root), clientId, clientSecret, List(Value("vendorTrades")), List(Value("priorities")), List(Value("statuses")),
            pageSize, TimeSpan.FromDays(lookbackDays), TimeSpan.FromDays(searchDays));
    }

    // https://db.appfolio.com, https://db.appfolio.com/ and https://db.appfolio.com/api/v1 all mean the same root.
    private static Uri ApiRootOf(Uri baseUrl)
    {
        var path = baseUrl.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/api/v1", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^"/api/v1".Length];
        }

        return new UriBuilder(baseUrl) { Path = path + "/api/v1/", Query = string.Empty }.Uri;
    }

    private static List<string>? List(string? value) =>
        value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList() is { Count: > 0 } list
            ? list
            : null;

    private static bool Number(string? value, int fallback, int min, int max, out int number)
    {
        number = fallback;
        return value is null || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= min && number <= max);
    }

    private static ProviderError Bad(string key, string problem) =>
        ProviderError.Permanent("bad_settings", $"the AppFolio setting '{key}' {problem}");
}
