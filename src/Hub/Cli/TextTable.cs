namespace AiPhoneCoverage.Hub.Cli;

/// <summary>Prints rows as an aligned plain-text table.</summary>
internal static class TextTable
{
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = rows.ToList();
        var widths = headers.Select((h, i) => all.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        output.WriteLine(Line(headers, widths));
        foreach (var row in all)
        {
            output.WriteLine(Line(row, widths));
        }
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Count - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
}
