using System.Globalization;
using System.Text;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>Writes realistic roster CSVs: mixed phone formats, one alternate phone in five, e-mails, shared family phones.</summary>
internal static class RosterFiles
{
    private static readonly string[] AreaCodes = ["212", "312", "415", "512", "617", "702", "808", "907"];

    /// <summary>The E.164 number of resident <paramref name="i"/> of <paramref name="block"/>.</summary>
    public static string E164(int block, int i) =>
        $"+1{AreaCodes[block % AreaCodes.Length]}{200 + ((block / AreaCodes.Length * 10) + (i / 10000)) % 700:000}{i % 10000:0000}";

    public static string Write(string folder, int block, int count)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"roster-{block}.csv");
        var text = new StringBuilder("resident_id,first_name,last_name,unit,phone,alt_phone,email\n", count * 90);
        for (var i = 0; i < count; i++)
        {
            var phone = E164(block, i);
            var formatted = (i % 3) switch
            {
                0 => $"({phone[2..5]}) {phone[5..8]}-{phone[8..]}",
                1 => $"{phone[2..5]}.{phone[5..8]}.{phone[8..]}",
                _ => phone,
            };
            var alt = i % 5 == 0 ? E164(block + 1000, i) : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"B{block}R{i},First{i % 997},Last{i % 1499},{i / 2 + 1}{(char)('A' + i % 4)},{formatted},{alt},r{i}@example.com\n");
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }
}
