using System.Text.RegularExpressions;
using AiPhoneCoverage.Hub.Residents;

namespace AiPhoneCoverage.Hub.Portfolios;

/// <summary>Checks a portfolio file before anything is written, and lists every problem at once.</summary>
internal sealed partial class PortfolioValidator(PhoneNumberNormalizer phones, Routing.OnCallValidator onCall, Vendors.VendorValidator vendors)
{
    public IReadOnlyList<string> Validate(PortfolioDocument document)
    {
        var problems = new List<string>();
        if (!CodePattern().IsMatch(document.Code ?? string.Empty))
        {
            problems.Add($"code '{document.Code}' must be lowercase letters, digits and dashes");
        }

        if (string.IsNullOrWhiteSpace(document.Name))
        {
            problems.Add("name is empty");
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in document.Properties)
        {
            var at = $"property '{property.Code}'";
            if (!CodePattern().IsMatch(property.Code ?? string.Empty))
            {
                problems.Add($"{at}: code must be lowercase letters, digits and dashes");
            }
            else if (!codes.Add(property.Code!))
            {
                problems.Add($"{at}: code appears twice");
            }

            if (!TimeZoneInfo.TryFindSystemTimeZoneById(property.TimeZone ?? string.Empty, out _))
            {
                problems.Add($"{at}: time zone '{property.TimeZone}' is not an IANA time zone");
            }

            foreach (var number in property.PhoneNumbers)
            {
                if (!phones.TryNormalize(number, out var e164, out var why))
                {
                    problems.Add($"{at}: phone number '{number}' {why}");
                }
                else if (!numbers.Add(e164))
                {
                    problems.Add($"{at}: phone number {e164} routes to two properties");
                }
            }

            if (property.EmergencyLine is { } line && !phones.TryNormalize(line, out _, out var lineWhy))
            {
                problems.Add($"{at}: emergency line '{line}' {lineWhy}");
            }

            if (property.Pms is { } pms && (!PluginIdPattern().IsMatch(pms.Plugin ?? string.Empty) || string.IsNullOrWhiteSpace(pms.PropertyId)))
            {
                problems.Add($"{at}: pms needs a plugin id (yardi, realpage, appfolio) and the property's id in the PMS");
            }
        }

        foreach (var number in document.AllowedTransferNumbers ?? [])
        {
            if (!phones.TryNormalize(number, out _, out var why))
            {
                problems.Add($"allowedTransferNumbers: '{number}' {why}");
            }
        }

        problems.AddRange(onCall.Read(document).Problems);
        problems.AddRange(Routing.RoutingPolicies.Validate(document));
        problems.AddRange(vendors.Read(document).Problems);
        return problems;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$")]
    private static partial Regex PluginIdPattern();
}
