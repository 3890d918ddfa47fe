using System.Globalization;
using AiPhoneCoverage.Hub.Sla;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>How `aipc sla report` prints: each property's window, then the table; or the same as JSON.</summary>
internal static class SlaReportPrinter
{
    public static async Task PrintAsync(TextWriter output, string portfolio, SlaReportDays days, DateTimeOffset now, IReadOnlyList<SlaReportRow> rows)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"SLA compliance of {portfolio}: intake {days.From:yyyy-MM-dd} to {days.To:yyyy-MM-dd}, each property's days in its time zone, as of {now.UtcDateTime:yyyy-MM-dd HH:mm} UTC"));
        if (rows.Count == 0)
        {
            await output.WriteLineAsync("no work orders with intake in that range");
            return;
        }

        foreach (var window in rows.DistinctBy(r => r.Property))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{window.Property}: {window.From:yyyy-MM-dd HH:mm zzz} to {window.To:yyyy-MM-dd HH:mm zzz} ({window.TimeZone}, {(window.To - window.From).TotalHours:0.##} h)"));
        }

        await output.WriteLineAsync();
        TextTable.Write(output, ["PROPERTY", "URGENCY", "TARGET", "WORK ORDERS", "MET", "BREACHED", "OPEN", "COMPLIANCE", "MEDIAN TO MEET", "WORST TO MEET"],
            rows.Select(r => (IReadOnlyList<string>)
            [
                r.Property, r.Urgency, r.Target, Count(r.WorkOrders), Count(r.Met), Count(r.Breached), Count(r.Open),
                r.CompliancePercent is { } percent ? percent.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-",
                SlaDurations.Format(r.MedianToMeet), SlaDurations.Format(r.WorstToMeet),
            ]));
    }

    public static object Json(string portfolio, SlaReportDays days, DateTimeOffset now, IReadOnlyList<SlaReportRow> rows) => new
    {
        portfolio,
        from = days.From,
        to = days.To,
        asOf = now,
        rows = rows.Select(r => new
        {
            property = r.Property,
            timeZone = r.TimeZone,
            from = r.From,
            to = r.To,
            urgency = r.Urgency,
            target = r.Target,
            workOrders = r.WorkOrders,
            met = r.Met,
            breached = r.Breached,
            open = r.Open,
            compliancePercent = r.CompliancePercent is { } percent ? Math.Round(percent, 1) : (double?)null,
            medianToMeetSeconds = Seconds(r.MedianToMeet),
            worstToMeetSeconds = Seconds(r.WorstToMeet),
        }),
    };

    private static long? Seconds(TimeSpan? elapsed) => elapsed is { } t ? (long)Math.Floor(t.TotalSeconds) : null;

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
