using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Tests.Infrastructure;

namespace AiPhoneCoverage.Hub.Tests.Drills;

/// <summary>Every demo resident number with exactly one home, paired with its property's number (so the hub identifies the caller).</summary>
internal static class CrashDrillResidents
{
    public static IReadOnlyList<(string From, string To)> Load()
    {
        var portfolio = JsonNode.Parse(File.ReadAllText(RepoPaths.DemoPortfolio))!;
        var homes = new List<(string Phone, string To)>();
        foreach (var property in portfolio["properties"]!.AsArray())
        {
            var to = property!["phoneNumbers"]![0]!.GetValue<string>();
            var roster = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(RepoPaths.DemoPortfolio)!, property["roster"]!.GetValue<string>()));
            var phone = Array.IndexOf(roster[0].Split(','), "phone");
            homes.AddRange(roster.Skip(1).Select(line => line.Split(',')).Where(row => phone < row.Length && row[phone].Length > 0).Select(row => (ToE164(row[phone]), to)));
        }

        return homes.GroupBy(h => h.Phone).Where(g => g.Count() == 1).Select(g => (g.Key, g.Single().To)).ToList();
    }

    private static string ToE164(string written)
    {
        var digits = new string(written.Where(char.IsAsciiDigit).ToArray());
        return "+" + (digits.Length == 10 ? "1" + digits : digits);
    }
}
