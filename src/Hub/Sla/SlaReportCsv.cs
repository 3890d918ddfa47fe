using System.Globalization;
using CsvHelper;

namespace AiPhoneCoverage.Hub.Sla;

/// <summary>
/// The report as CSV: one line per property, urgency and target; times as ISO 8601 with the property's offset,
/// durations in whole seconds, compliance in percent with one decimal (empty while nothing is decided).
/// </summary>
internal static class SlaReportCsv
{
    public static readonly string[] Columns =
    [
        "property", "time_zone", "from", "to", "urgency", "target", "work_orders", "met", "breached", "open", "compliance_pct",
        "median_to_meet_seconds", "worst_to_meet_seconds",
    ];

    public static void Write(TextWriter text, IEnumerable<SlaReportRow> rows)
    {
        using var csv = new CsvWriter(text, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            csv.WriteField(row.Property);
            csv.WriteField(row.TimeZone);
            csv.WriteField(row.From.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
            csv.WriteField(row.To.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
            csv.WriteField(row.Urgency);
            csv.WriteField(row.Target);
            csv.WriteField(row.WorkOrders);
            csv.WriteField(row.Met);
            csv.WriteField(row.Breached);
            csv.WriteField(row.Open);
            csv.WriteField(row.CompliancePercent?.ToString("0.0", CultureInfo.InvariantCulture) ?? string.Empty);
            csv.WriteField(Seconds(row.MedianToMeet));
            csv.WriteField(Seconds(row.WorstToMeet));
            csv.NextRecord();
        }
    }

    public static string Seconds(TimeSpan? elapsed) =>
        elapsed is { } t ? ((long)Math.Floor(t.TotalSeconds)).ToString(CultureInfo.InvariantCulture) : string.Empty;
}
