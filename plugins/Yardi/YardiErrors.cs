using System.Globalization;
using System.Text.RegularExpressions;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Yardi;

/// <summary>
/// Maps what Voyager says in a body (pms-apis.md §1.7) to <see cref="ProviderError"/>: a refused login or licence, an
/// interface not configured for the property, and unknown codes are Permanent with a clear code; "Too many requests" is
/// Transient (<c>throttled</c>); anything else is Permanent (<c>rejected</c>) with Yardi's text, cleaned.
/// </summary>
internal static partial class YardiErrors
{
    public const string NoneFound = "There are no service requests found";

    private const string NoWorkOrdersFound = "There are no work orders found";

    /// <summary>Whether the text is Voyager's way of saying a search found nothing (not an error).</summary>
    public static bool IsEmptySearch(string text) =>
        text.Contains(NoneFound, StringComparison.OrdinalIgnoreCase) || text.Contains(NoWorkOrdersFound, StringComparison.OrdinalIgnoreCase);

    public static ProviderError BadLogin(string what) =>
        ProviderError.Permanent("bad_credentials", $"Yardi refused the interface login for an attempt to {what}: check userName, password, serverName, database and platform.");

    public static ProviderError FromText(string text, string what, YardiSettings settings)
    {
        if (text.Contains("Login failed", StringComparison.OrdinalIgnoreCase) || text.Contains("Invalid Credentials", StringComparison.OrdinalIgnoreCase))
        {
            return BadLogin(what);
        }

        if (text.Contains("Interface License", StringComparison.OrdinalIgnoreCase))
        {
            return ProviderError.Permanent("bad_credentials", $"Yardi refused the interface licence for an attempt to {what}: check interfaceEntity and interfaceLicense (the licence is sent as is, newlines included).");
        }

        if (text.Contains("not Configured for property", StringComparison.OrdinalIgnoreCase))
        {
            return ProviderError.Permanent("interface_not_configured",
                $"Yardi says the interface entity '{settings.InterfaceEntity}' is not configured for property '{settings.PropertyId}': the customer must enable the Service Requests interface for it.");
        }

        if (TooMany().IsMatch(text))
        {
            var wait = Seconds().Match(text) is { Success: true } m ? $"; retry after {int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)} s" : string.Empty;
            return ProviderError.Transient("throttled", $"Yardi is throttling requests and refused an attempt to {what}{wait}.");
        }

        if (CouldNotFind().Match(text) is { Success: true } notFound)
        {
            var thing = notFound.Groups[1].Value;
            var value = YardiErrorText.Clean(notFound.Groups[2].Value.Trim().TrimEnd('.'), settings.Secrets);
            return thing.ToUpperInvariant() switch
            {
                "PROPERTY" => ProviderError.Permanent("unknown_property", $"Yardi does not know property '{value}' (check the property's PMS propertyId)."),
                "UNIT" => ProviderError.Permanent("unknown_unit", $"Yardi does not know unit '{value}' at property '{settings.PropertyId}'."),
                "TENANT" or "RESIDENT" => ProviderError.Permanent("unknown_resident", $"Yardi does not know the resident code sent for property '{settings.PropertyId}'; refresh the roster."),
                "CATEGORY" or "SUBCATEGORY" => ProviderError.Permanent("unknown_category", $"Yardi does not know the {thing.ToLowerInvariant()} '{value}'; check categoryMap settings against the customer's list."),
                "PRIORITY" => ProviderError.Permanent("unknown_priority", $"Yardi does not know the priority '{value}'; check priorityMap settings against the customer's list."),
                _ => ProviderError.Permanent("not_found", $"Yardi could not find the {thing.ToLowerInvariant()} '{value}'."),
            };
        }

        return ProviderError.Permanent("rejected", $"Yardi refused an attempt to {what}: {YardiErrorText.Clean(text, settings.Secrets)}");
    }

    [GeneratedRegex(@"too many requests|throttl|rate limit", RegexOptions.IgnoreCase)]
    private static partial Regex TooMany();

    [GeneratedRegex(@"(\d+)\s*(?:s\b|sec|second)", RegexOptions.IgnoreCase)]
    private static partial Regex Seconds();

    [GeneratedRegex(@"Could not find\s+([A-Za-z ]+?)\s*:\s*(.*)", RegexOptions.IgnoreCase)]
    private static partial Regex CouldNotFind();
}
