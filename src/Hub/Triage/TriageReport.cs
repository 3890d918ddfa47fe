using System.Globalization;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Triage;

/// <summary>
/// How results compare with the scenarios' expectations: category accuracy (an expected alternative counts), urgency
/// accuracy, emergency recall and precision, life-safety recall, confusion matrices, and the ids that missed.
/// </summary>
internal sealed class TriageReport
{
    private readonly List<(TriageScenario Scenario, TriageResult Decided)> _pairs = [];

    public void Add(TriageScenario scenario, TriageResult result) => _pairs.Add((scenario, result));

    public int Count => _pairs.Count;

    public double? CategoryAccuracy => Rate(_pairs.Where(p => p.Scenario.ExpectedCategory is not null), CategoryOk);

    public double? UrgencyAccuracy => Rate(_pairs.Where(p => p.Scenario.ExpectedUrgency is not null), p => p.Decided.Urgency == p.Scenario.ExpectedUrgency);

    public double? EmergencyRecall => Rate(_pairs.Where(p => p.Scenario.ExpectedUrgency == Urgency.Emergency), p => p.Decided.Urgency == Urgency.Emergency);

    public double? EmergencyPrecision => Rate(_pairs.Where(p => p.Decided.Urgency == Urgency.Emergency && p.Scenario.ExpectedUrgency is not null), p => p.Scenario.ExpectedUrgency == Urgency.Emergency);

    public double? LifeSafetyRecall => Rate(_pairs.Where(p => p.Scenario.ExpectedLifeSafety == true), p => p.Decided.LifeSafety);

    public void Write(TextWriter output)
    {
        output.WriteLine($"scenarios: {Count}");
        output.WriteLine($"category accuracy:    {Percent(CategoryAccuracy)}");
        output.WriteLine($"urgency accuracy:     {Percent(UrgencyAccuracy)}");
        output.WriteLine($"emergency recall:     {Percent(EmergencyRecall)}");
        output.WriteLine($"emergency precision:  {Percent(EmergencyPrecision)}");
        output.WriteLine($"life-safety recall:   {Percent(LifeSafetyRecall)}");
        WriteMatrix(output, "urgency (rows expected, columns decided)", Enum.GetValues<Urgency>(), p => p.Scenario.ExpectedUrgency, p => p.Decided.Urgency);
        WriteMatrix(output, "category (rows expected, columns decided)", Enum.GetValues<Category>(), p => p.Scenario.ExpectedCategory, p => p.Decided.Category);
        var missed = _pairs.Where(p => (p.Scenario.ExpectedCategory is not null && !CategoryOk(p))
            || (p.Scenario.ExpectedUrgency is { } u && u != p.Decided.Urgency)
            || (p.Scenario.ExpectedLifeSafety is { } l && l != p.Decided.LifeSafety)).ToList();
        output.WriteLine($"missed ({missed.Count}):");
        foreach (var (scenario, result) in missed)
        {
            output.WriteLine($"  {scenario.Id}: decided {result.Category.ToWire()}/{result.Urgency.ToWire()}{(result.LifeSafety ? "/life_safety" : string.Empty)} by {result.Rule}, expected {scenario.ExpectedCategory?.ToWire() ?? "-"}/{scenario.ExpectedUrgency?.ToWire() ?? "-"}{(scenario.ExpectedLifeSafety == true ? "/life_safety" : string.Empty)}");
        }
    }

    private static bool CategoryOk((TriageScenario Scenario, TriageResult Decided) p) =>
        p.Decided.Category == p.Scenario.ExpectedCategory || p.Scenario.AlternateCategories.Contains(p.Decided.Category);

    private void WriteMatrix<T>(TextWriter output, string title, T[] values, Func<(TriageScenario Scenario, TriageResult Decided), T?> expected, Func<(TriageScenario Scenario, TriageResult Decided), T> decided)
        where T : struct, Enum
    {
        var rows = _pairs.Where(p => expected(p) is not null).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        output.WriteLine(title + ":");
        var width = values.Max(v => v.ToWire().Length) + 1;
        output.WriteLine(new string(' ', width) + string.Concat(values.Select(v => v.ToWire()[..Math.Min(6, v.ToWire().Length)].PadLeft(7))));
        foreach (var row in values)
        {
            var cells = values.Select(column => rows.Count(p => EqualityComparer<T>.Default.Equals(expected(p)!.Value, row) && EqualityComparer<T>.Default.Equals(decided(p), column)));
            output.WriteLine(row.ToWire().PadRight(width) + string.Concat(cells.Select(c => c.ToString(CultureInfo.InvariantCulture).PadLeft(7))));
        }
    }

    private static double? Rate<TItem>(IEnumerable<TItem> items, Func<TItem, bool> hit)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : (double)list.Count(hit) / list.Count;
    }

    private static string Percent(double? rate) => rate is null ? "n/a" : (rate.Value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
