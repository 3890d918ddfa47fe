using System.Text.Json.Nodes;

namespace AiPhoneCoverage.CallLoad;

/// <summary>
/// Who calls which number: every demo resident number that belongs to exactly one home (so that the hub identifies
/// the caller without asking which unit), paired with the Twilio number of the property whose roster lists it. Read
/// from the demo portfolio shipped beside the hub (samples/demo).
/// </summary>
internal sealed record DemoCallers(string PortfolioFile, IReadOnlyList<(string From, string To)> Lines)
{
    public static DemoCallers Load(string hubDll)
    {
        var file = Path.Combine(Path.GetDirectoryName(hubDll)!, "samples", "demo", "portfolio.json");
        var portfolio = JsonNode.Parse(File.ReadAllText(file))!;
        var homes = new List<(string Phone, string To)>();
        foreach (var property in portfolio["properties"]!.AsArray())
        {
            var to = property!["phoneNumbers"]![0]!.GetValue<string>();
            var roster = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(file)!, property["roster"]!.GetValue<string>()));
            var header = roster[0].Split(',');
            var columns = new[] { Array.IndexOf(header, "phone"), Array.IndexOf(header, "alt_phone") };
            foreach (var row in roster.Skip(1).Select(line => line.Split(',')))
            {
                homes.AddRange(columns.Where(c => c >= 0 && c < row.Length && row[c].Length > 0).Select(c => (ToE164(row[c]), to)));
            }
        }

        var lines = homes.GroupBy(h => h.Phone).Where(g => g.Count() == 1).Select(g => (g.Key, g.Single().To)).ToList();
        return lines.Count == 0 ? throw new InvalidOperationException($"no demo resident number with one home in {file}") : new DemoCallers(file, lines);
    }

    /// <summary>The demo rosters hold North American numbers written in several ways.</summary>
    private static string ToE164(string written)
    {
        var digits = new string(written.Where(char.IsAsciiDigit).ToArray());
        return "+" + (digits.Length == 10 ? "1" + digits : digits);
    }
}
