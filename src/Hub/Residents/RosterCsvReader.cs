using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace AiPhoneCoverage.Hub.Residents;

/// <summary>
/// Reads a roster CSV with the columns <c>resident_id, first_name, last_name, unit, phone, alt_phone, email</c> (matched by
/// header name, case-insensitively, in any order; extra columns are ignored). Each bad row is reported and skipped.
/// </summary>
internal sealed class RosterCsvReader(PhoneNumberNormalizer phones)
{
    public static readonly string[] RequiredColumns = ["resident_id", "first_name", "last_name", "unit", "phone"];
    public static readonly string[] OptionalColumns = ["alt_phone", "email"];
    private const int MaxFieldLength = 200;

    public RosterFile Read(TextReader text)
    {
        var badData = new List<string>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
            BadDataFound = args => badData.Add("has a stray quote"),
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.Trim,
            // Blank lines are read as records (and skipped below) so that line numbers stay exact.
            IgnoreBlankLines = false,
        };
        using var csv = new CsvReader(text, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            return RosterFile.Fatal("the file is empty; expected a header line with " + string.Join(", ", RequiredColumns));
        }

        var header = csv.HeaderRecord.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return RosterFile.Fatal($"line 1: missing column(s) {string.Join(", ", missing)}");
        }

        var rows = new List<RosterRow>();
        var problems = new List<RowProblem>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var present = header.ToHashSet();
        var lastLine = 1;
        while (ReadRecord(csv, problems, lastLine))
        {
            var line = lastLine + 1;
            lastLine = csv.Parser.RawRow;
            if (csv.Parser.Count == 1 && string.IsNullOrWhiteSpace(csv.Parser[0]))
            {
                continue;
            }

            if (badData.Count > 0)
            {
                problems.Add(new RowProblem(line, badData[0]));
                badData.Clear();
                continue;
            }

            var reason = ParseRow(csv, present, header.Count, out var row);
            if (reason is null && !firstLineOf.TryAdd(row!.ResidentId, line))
            {
                reason = $"resident_id '{row.ResidentId}' already appears on line {firstLineOf[row.ResidentId]}";
            }

            if (reason is null)
            {
                rows.Add(row! with { Line = line });
            }
            else
            {
                problems.Add(new RowProblem(line, reason));
            }
        }

        return new RosterFile(rows, problems, null);
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

    private string? ParseRow(CsvReader csv, HashSet<string> present, int headerCount, out RosterRow? row)
    {
        row = null;
        if (csv.Parser.Count != headerCount)
        {
            return $"has {csv.Parser.Count} fields, the header has {headerCount}";
        }

        var fields = RequiredColumns.Concat(OptionalColumns).ToDictionary(c => c, c => present.Contains(c) ? csv.GetField(c)?.Trim() ?? string.Empty : string.Empty);
        var tooLong = fields.FirstOrDefault(f => f.Value.Length > MaxFieldLength);
        if (tooLong.Key is not null)
        {
            return $"{tooLong.Key} is longer than {MaxFieldLength} characters";
        }

        foreach (var required in new[] { "resident_id", "unit", "phone" })
        {
            if (fields[required].Length == 0)
            {
                return $"{required} is empty";
            }
        }

        if (fields["first_name"].Length == 0 && fields["last_name"].Length == 0)
        {
            return "first_name and last_name are both empty";
        }

        if (fields.Values.Any(v => v.Any(char.IsControl)))
        {
            return "contains control characters";
        }

        var numbers = new List<string>(2);
        foreach (var column in new[] { "phone", "alt_phone" })
        {
            var raw = fields[column];
            if (raw.Length == 0)
            {
                continue;
            }

            if (!phones.TryNormalize(raw, out var e164, out var why))
            {
                return $"{column} '{Mask(raw)}' {why}";
            }

            if (!numbers.Contains(e164))
            {
                numbers.Add(e164);
            }
        }

        var email = fields["email"];
        if (email.Length > 0 && (!email.Contains('@', StringComparison.Ordinal) || email.Contains(' ', StringComparison.Ordinal)))
        {
            return "email is not an e-mail address";
        }

        row = new RosterRow(0, fields["resident_id"], fields["first_name"], fields["last_name"], fields["unit"], numbers, email.Length == 0 ? null : email);
        return null;
    }

    // A rejected phone is echoed back to the operator with only its last two digits, so reports never carry a whole number.
    private static string Mask(string raw) => raw.Length <= 2 ? new string('*', raw.Length) : new string('*', raw.Length - 2) + raw[^2..];
}
