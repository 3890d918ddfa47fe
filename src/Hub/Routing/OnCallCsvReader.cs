using System.Globalization;
using AiPhoneCoverage.Hub.Residents;
using AiPhoneCoverage.Sdk;
using CsvHelper;
using CsvHelper.Configuration;

namespace AiPhoneCoverage.Hub.Routing;

/// <summary>
/// Reads an on-call CSV (docs/routing.md): columns matched by header name, case-insensitively, in any order; <c>kind</c>,
/// <c>rotation</c> and <c>contact</c> are required, the others optional. Each line that cannot be read is reported as
/// <c>line N: reason</c> (the header is line 1) and skipped; whether the readable ones fit together is
/// <see cref="OnCallCsvImport"/>'s business.
/// </summary>
internal sealed class OnCallCsvReader(PhoneNumberNormalizer phones)
{
    public static readonly string[] RequiredColumns = ["kind", "rotation", "contact"];

    public static readonly string[] OptionalColumns =
        ["name", "phone", "email", "role", "trade", "period", "handoff_day", "handoff_time", "start_date", "windows", "from", "to", "note"];

    private static readonly string[] ContactColumns = ["name", "phone", "email", "role"];

    private static readonly string[] SettingsColumns = ["trade", "period", "handoff_day", "handoff_time", "start_date", "windows"];

    public OnCallCsvFile Read(TextReader text)
    {
        var badData = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
            BadDataFound = _ => badData = true,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.Trim,
            IgnoreBlankLines = false,
        };
        using var csv = new CsvReader(text, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            return OnCallCsvFile.Fatal("the file is empty; expected a header line with " + string.Join(", ", RequiredColumns));
        }

        var header = csv.HeaderRecord.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return OnCallCsvFile.Fatal($"line 1: missing column(s) {string.Join(", ", missing)}");
        }

        var rows = new List<OnCallCsvRow>();
        var problems = new List<RowProblem>();
        var present = header.ToHashSet();
        var spoiled = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastLine = 1;
        while (ReadRecord(csv, problems, lastLine))
        {
            var line = lastLine + 1;
            lastLine = csv.Parser.RawRow;
            if (csv.Parser.Count == 1 && string.IsNullOrWhiteSpace(csv.Parser[0]))
            {
                continue;
            }

            if (badData || csv.Parser.Count != header.Count)
            {
                problems.Add(new RowProblem(line, badData ? "has a stray quote" : $"has {csv.Parser.Count} fields, the header has {header.Count}"));
                Spoil(csv, header, line, spoiled);
                badData = false;
                continue;
            }

            var fields = RequiredColumns.Concat(OptionalColumns).ToDictionary(c => c, c => present.Contains(c) ? csv.GetField(c)?.Trim() ?? string.Empty : string.Empty);
            var reasons = new List<string>();
            var row = ParseRow(line, fields, reasons);
            if (row is null)
            {
                problems.Add(new RowProblem(line, string.Join("; ", reasons)));
                Spoil(csv, header, line, spoiled);
            }
            else
            {
                rows.Add(row);
            }
        }

        return new OnCallCsvFile(rows, problems, null) { SpoiledRotations = spoiled };
    }

    // A rejected line that may have been a member or escalation line spoils its rotation, as far as its fields can be read.
    private static void Spoil(CsvReader csv, List<string> header, int line, Dictionary<string, int> spoiled)
    {
        string Field(string column) => header.IndexOf(column) is var i && i < csv.Parser.Count ? csv.Parser[i].Trim() : string.Empty;
        var rotation = Field("rotation");
        if (rotation.Length > 0 && !(WireNames.TryParse<OnCallCsvKind>(Field("kind"), out var kind) && kind == OnCallCsvKind.Override))
        {
            spoiled.TryAdd(rotation, line);
        }
    }

    private static bool ReadRecord(CsvReader csv, List<RowProblem> problems, int lastLine)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvHelperException ex)
        {
            problems.Add(new RowProblem(lastLine + 1, "cannot be read as CSV from here on: " + ex.Message.Split('\n')[0]));
            return false;
        }
    }

    private OnCallCsvRow? ParseRow(int line, Dictionary<string, string> fields, List<string> problems)
    {
        if (fields.Values.Any(v => v.Length > 200 || v.Any(char.IsControl)))
        {
            problems.Add("a field is longer than 200 characters or has control characters");
            return null;
        }

        if (!WireNames.TryParse<OnCallCsvKind>(fields["kind"], out var kind))
        {
            problems.Add($"kind '{fields["kind"]}' is not member, escalation or override");
        }

        if (!OnCallCodes.IsValid(fields["rotation"]))
        {
            problems.Add($"rotation '{fields["rotation"]}' must be lowercase letters, digits and dashes");
        }

        if (!OnCallCodes.IsValid(fields["contact"]))
        {
            problems.Add($"contact '{fields["contact"]}' must be lowercase letters, digits and dashes");
        }

        ContactSpec? details = null;
        if (ContactColumns.Any(c => fields[c].Length > 0))
        {
            details = ContactSpec.Parse(fields["contact"], fields["name"], fields["phone"], fields["email"], fields["role"], phones, problems);
        }

        var givesSettings = SettingsColumns.Any(c => fields[c].Length > 0);
        RotationSettings? settings = null;
        OverrideSpec? cover = null;
        if (kind == OnCallCsvKind.Override)
        {
            if (givesSettings)
            {
                problems.Add("an override line takes no rotation settings (trade, period, handoff, start_date, windows)");
            }

            cover = OnCallValidator.Parse(fields["rotation"], fields["contact"], fields["from"], fields["to"], fields["note"], problems);
        }
        else
        {
            if (fields["from"].Length > 0 || fields["to"].Length > 0 || fields["note"].Length > 0)
            {
                problems.Add($"from, to and note are for override lines, not {kind.ToWire()} lines");
            }

            if (givesSettings && kind == OnCallCsvKind.Escalation)
            {
                problems.Add("rotation settings go on member lines");
            }
            else if (givesSettings)
            {
                var windows = WindowText.Parse(fields["windows"], out var why);
                if (windows is null)
                {
                    problems.Add(why!);
                }

                settings = RotationSettings.Parse(
                    fields["trade"], fields["period"], fields["handoff_day"], fields["handoff_time"], fields["start_date"], windows ?? [], problems);
            }
        }

        return problems.Count > 0 ? null : new OnCallCsvRow(line, kind, fields["rotation"], fields["contact"], details, settings, cover);
    }
}
