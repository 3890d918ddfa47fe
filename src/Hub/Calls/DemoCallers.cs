using System.Globalization;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Residents;
using CsvHelper;

namespace AiPhoneCoverage.Hub.Calls;

/// <summary>`aipc call`'s defaults: the demo's first property number, and a demo resident whose number matches exactly one home.</summary>
internal static class DemoCallers
{
    public static string FirstPropertyNumber() =>
        Demo()["properties"]![0]!["phoneNumbers"]![0]!.GetValue<string>();

    public static async Task<string?> ResidentWithOneHomeAsync(CallerLookup lookup, PhoneNumberNormalizer normalizer, string portfolioCode, CancellationToken cancellationToken)
    {
        var property = Demo()["properties"]![0]!;
        var roster = Path.Combine(Path.GetDirectoryName(DemoPortfolio.File)!, property["roster"]!.GetValue<string>());
        using var reader = new StreamReader(roster);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        await csv.ReadAsync();
        csv.ReadHeader();
        while (await csv.ReadAsync())
        {
            if (normalizer.TryNormalize(csv.GetField("phone"), out var phone, out _)
                && (await lookup.FindAsync(phone, portfolioCode, cancellationToken)).Count == 1)
            {
                return phone;
            }
        }

        return null;
    }

    private static JsonNode Demo() => JsonNode.Parse(File.ReadAllText(DemoPortfolio.File))!;
}
