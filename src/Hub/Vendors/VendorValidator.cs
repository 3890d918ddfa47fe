using System.Globalization;
using System.Text.RegularExpressions;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Residents;
using AiPhoneCoverage.Hub.Routing;

namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>
/// Checks a portfolio file's <c>vendors</c> and <c>preferredVendors</c> sections and turns them into a
/// <see cref="VendorPlan"/>. Every problem names its place: <c>vendor 'acme-plumbing': ...</c>,
/// <c>preferred vendor 2 (maple-court plumbing): ...</c>.
/// </summary>
internal sealed partial class VendorValidator(PhoneNumberNormalizer phones)
{
    /// <summary>The setting the hub reads itself (the number it texts), accepted beside the settings or among them.</summary>
    public const string SmsPhoneSetting = "smsPhone";

    /// <summary>numeric(12, 2) in storage.</summary>
    private const decimal MaxAmount = 9_999_999_999.99m;

    /// <summary>The plan (null when the file has neither section, or when there are problems) and the problems.</summary>
    public (VendorPlan? Plan, IReadOnlyList<string> Problems) Read(PortfolioDocument document)
    {
        if (document.Vendors is null && document.PreferredVendors is null)
        {
            return (null, []);
        }

        var problems = new List<string>();
        var vendors = ReadVendors(document.Vendors ?? [], problems);
        var codes = (document.Vendors ?? []).Select(v => v.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var properties = document.Properties.Select(p => p.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var preferred = ReadPreferred(document.PreferredVendors ?? [], codes, properties, problems);
        return problems.Count > 0 ? (null, problems) : (new VendorPlan(vendors, preferred), []);
    }

    private List<VendorSpec> ReadVendors(IReadOnlyList<VendorDocument> documents, List<string> problems)
    {
        var vendors = new List<VendorSpec>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var vendor = documents[i];
            var mine = new List<string>();
            if (!OnCallCodes.IsValid(vendor.Code))
            {
                mine.Add("code must be lowercase letters, digits and dashes");
            }
            else if (!codes.Add(vendor.Code))
            {
                mine.Add("code appears twice");
            }

            if (string.IsNullOrWhiteSpace(vendor.Name) || vendor.Name.Trim().Length > 200 || vendor.Name.Any(char.IsControl))
            {
                mine.Add("name is empty, too long or has control characters");
            }

            if (!DispatcherPattern().IsMatch(vendor.Dispatcher ?? string.Empty))
            {
                mine.Add($"dispatcher '{vendor.Dispatcher}' is not a vendor dispatcher plugin id (vendor.generic, vendor.servicechannel, ...)");
            }

            var settings = ReadSettings(vendor.Settings, mine);
            var smsPhone = ReadSmsPhone(vendor, mine);
            var place = vendor.Code is null ? $"vendor {i + 1}" : $"vendor '{vendor.Code}'";
            problems.AddRange(mine.Select(p => $"{place}: {p}"));
            if (mine.Count == 0)
            {
                vendors.Add(new VendorSpec(vendor.Code!, vendor.Name!.Trim(), vendor.Dispatcher!, settings, smsPhone));
            }
        }

        return vendors;
    }

    private static Dictionary<string, string> ReadSettings(IReadOnlyDictionary<string, string>? settings, List<string> problems)
    {
        var read = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            if (string.IsNullOrWhiteSpace(key) || key.Any(char.IsControl))
            {
                problems.Add("a setting has an empty name");
            }
            else if (value is null)
            {
                problems.Add($"setting '{key}' has no value");
            }
            else if (key != SmsPhoneSetting)
            {
                read[key] = value;
            }
        }

        return read;
    }

    private string? ReadSmsPhone(VendorDocument vendor, List<string> problems)
    {
        string? inSettings = null;
        _ = vendor.Settings?.TryGetValue(SmsPhoneSetting, out inSettings);
        if (vendor.SmsPhone is null && inSettings is null)
        {
            return null;
        }

        var e164 = string.Empty;
        foreach (var written in new[] { vendor.SmsPhone, inSettings }.OfType<string>())
        {
            if (!phones.TryNormalize(written, out var number, out var why))
            {
                problems.Add($"smsPhone '{Mask(written)}' {why}");
            }
            else if (e164.Length > 0 && e164 != number)
            {
                problems.Add("smsPhone is given twice (beside the settings and among them) with two numbers");
            }
            else
            {
                e164 = number;
            }
        }

        return e164.Length == 0 ? null : e164;
    }

    private static List<PreferredVendorSpec> ReadPreferred(
        IReadOnlyList<PreferredVendorDocument> documents, HashSet<string> vendors, HashSet<string> properties, List<string> problems)
    {
        var preferred = new List<PreferredVendorSpec>();
        var seen = new HashSet<(string?, string, string)>();
        for (var i = 0; i < documents.Count; i++)
        {
            var entry = documents[i];
            var mine = new List<string>();
            if (entry.Property is not null && !properties.Contains(entry.Property))
            {
                mine.Add($"property '{entry.Property}' is not a property of this file");
            }

            if (!Trades.TryParse(entry.Trade, out var trade))
            {
                mine.Add($"trade '{entry.Trade}' is not {Trades.Listed}");
            }

            if (entry.Vendor is null || !vendors.Contains(entry.Vendor))
            {
                mine.Add($"vendor '{entry.Vendor}' is not a vendor of this file");
            }
            else if (!seen.Add((entry.Property, trade, entry.Vendor)))
            {
                mine.Add("the vendor is listed twice for this place and trade");
            }

            if (entry.NotToExceed is { } amount && (amount < 0 || amount > MaxAmount || decimal.Round(amount, 2) != amount))
            {
                mine.Add($"notToExceed {amount.ToString(CultureInfo.InvariantCulture)} must be an amount from 0 to {MaxAmount.ToString(CultureInfo.InvariantCulture)} with at most 2 decimals");
            }

            problems.AddRange(mine.Select(p => $"preferred vendor {i + 1} ({entry.Property ?? "portfolio-wide"} {entry.Trade}): {p}"));
            if (mine.Count == 0)
            {
                var rank = preferred.Count(p => p.Property == entry.Property && p.Trade == trade);
                preferred.Add(new PreferredVendorSpec(entry.Property, trade, entry.Vendor!, entry.NotToExceed, rank));
            }
        }

        return preferred;
    }

    // A rejected phone is echoed with its last two characters only, like a rejected contact's.
    private static string Mask(string raw) => raw.Length <= 2 ? new string('*', raw.Length) : new string('*', raw.Length - 2) + raw[^2..];

    [GeneratedRegex("^vendor\\.[a-z][a-z0-9_]*$")]
    private static partial Regex DispatcherPattern();
}
