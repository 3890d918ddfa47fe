using AiPhoneCoverage.Hub.Portfolios;

namespace AiPhoneCoverage.Hub.Pms;

/// <summary>A roster sync's outcome as the API answers it and `aipc pms sync` prints it.</summary>
internal sealed record PmsSyncReport(
    string Property, string? Pms, bool Whole, int Read, int Added, int Updated, int Unchanged, int MovedOut, IReadOnlyList<string> Skipped, double Seconds)
{
    public static PmsSyncReport From(PropertyRef property, PmsSyncResult sync) => new(
        property.PropertyCode, property.PmsPlugin, sync.Whole, sync.Read, sync.Import.Added, sync.Import.Updated, sync.Import.Unchanged, sync.Import.MovedOut,
        sync.Import.Problems.Select(p => $"entry {p.Line}: {p.Reason}").ToList(), sync.Took.TotalSeconds);

    public string Line =>
        $"{Property}: {(Whole ? "whole roster" : "changes since the last sync")} from {Pms}: {Read} residents read, {Added} added, {Updated} updated, " +
        $"{Unchanged} unchanged, {MovedOut} moved out, {Skipped.Count} skipped ({Seconds:0.0} s)";
}
