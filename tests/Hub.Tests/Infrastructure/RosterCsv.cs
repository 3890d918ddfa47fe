using System.Text;

namespace AiPhoneCoverage.Hub.Tests.Infrastructure;

/// <summary>Writes roster CSVs for tests: n residents with distinct valid numbers, optionally with some malformed rows.</summary>
internal static class RosterCsv
{
    public const string Header = "resident_id,first_name,last_name,unit,phone,alt_phone,email";

    public static string Phone(int i, int area = 617) => $"({area}) 555-{i % 10000:0000}";

    public static string E164(int i, int area = 617) => $"+1{area}555{i % 10000:0000}";

    public static string Row(int i, int area = 617) => $"R{i:000000},First{i},Last{i},{(i / 2) + 1}A,{Phone(i, area)},,r{i}@example.com";

    /// <summary>The rows' text; rows whose 0-based index is in <paramref name="malformed"/> are replaced by the given text.</summary>
    public static string Build(int count, IReadOnlyDictionary<int, string>? malformed = null, int area = 617)
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < count; i++)
        {
            text.Append(malformed is not null && malformed.TryGetValue(i, out var bad) ? bad : Row(i, area)).Append('\n');
        }

        return text.ToString();
    }
}
