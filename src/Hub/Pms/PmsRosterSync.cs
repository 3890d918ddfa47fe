using System.Diagnostics;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Residents;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Pms;

/// <summary>
/// Brings a PMS-backed property's roster in line with its PMS, the source of truth: residents are upserted by their PMS
/// code, and residents missing from a whole roster are marked moved out (never deleted). Incremental where the
/// connector can list changes since the last sync; a whole read at least once a day (<see cref="WholeEvery"/>), which
/// is when moved-out residents are found.
/// </summary>
internal sealed class PmsRosterSync(
    HubDatabase database, IServiceProvider services, PmsTargets targets, RosterImport import, PhoneNumberNormalizer normalizer, TimeProvider time)
{
    public static readonly TimeSpan WholeEvery = TimeSpan.FromDays(1);

    /// <summary>The most pages one sync reads, so that a connector that never says "last page" cannot loop forever.</summary>
    public const int MaxPages = 10_000;

    public async Task<Result<PmsSyncResult>> SyncAsync(PropertyRef reference, bool whole, CancellationToken cancellationToken)
    {
        PropertyRecord? property;
        await using (var db = database.Open(PortfolioScope.For(reference.PortfolioId)))
        {
            property = await db.Properties.AsNoTracking().SingleAsync(p => p.Id == reference.PropertyId, cancellationToken);
        }

        if (targets.For(property) is not { } target)
        {
            return Result<PmsSyncResult>.Failure(ProviderError.Permanent("no_pms", $"property '{property.Code}' has no PMS connection; its roster comes from CSV imports"));
        }

        if (services.GetKeyedService<IPmsConnector>(property.PmsPlugin!) is not { } connector)
        {
            return Result<PmsSyncResult>.Failure(ProviderError.Permanent("no_connector", $"the '{property.PmsPlugin}' PMS connector is not loaded (see `aipc plugins`)"));
        }

        var started = time.GetUtcNow();
        var watch = Stopwatch.StartNew();
        whole = whole || property.RosterSyncedAt is null || property.RosterFullSyncAt is null || started - property.RosterFullSyncAt >= WholeEvery;
        var cursor = whole ? null : $"since:{property.RosterSyncedAt!.Value.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}";
        var entries = new List<RosterEntry>();
        var incremental = false;
        for (var page = 0; page < MaxPages; page++)
        {
            var read = await connector.ExportRosterAsync(target, cursor, cancellationToken);
            if (!read.IsSuccess)
            {
                return Result<PmsSyncResult>.Failure(read.Error);
            }

            entries.AddRange(read.Value.Residents);
            incremental |= read.Value.IsIncremental;
            if (read.Value.NextCursor is null)
            {
                break;
            }

            cursor = read.Value.NextCursor;
        }

        var (rows, problems) = Rows(entries);
        var result = await import.ImportAsync(reference, rows, problems, cancellationToken, wholeRoster: !incremental);
        await using (var db = database.Open(PortfolioScope.For(reference.PortfolioId)))
        {
            await db.Properties.Where(p => p.Id == property.Id).ExecuteUpdateAsync(
                s => s.SetProperty(p => p.RosterSyncedAt, started).SetProperty(p => p.RosterFullSyncAt, p => incremental ? p.RosterFullSyncAt : started),
                cancellationToken);
        }

        return Result<PmsSyncResult>.Success(new PmsSyncResult(!incremental, entries.Count, result, watch.Elapsed));
    }

    private (List<RosterRow> Rows, List<RowProblem> Problems) Rows(List<RosterEntry> entries)
    {
        var rows = new List<RosterRow>(entries.Count);
        var problems = new List<RowProblem>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var phones = entry.Phones.Select(normalizer.NormalizeOrNull).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (string.IsNullOrWhiteSpace(entry.ExternalId) || string.IsNullOrWhiteSpace(entry.UnitCode))
            {
                // Entry numbers, not resident data: the PMS record itself is where an operator looks.
                problems.Add(new RowProblem(i + 1, "the PMS gave a resident without a code or a unit"));
                continue;
            }

            rows.Add(new RosterRow(i + 1, entry.ExternalId, entry.FirstName, entry.LastName, entry.UnitCode, phones, entry.Email, entry.Status));
        }

        // A PMS that lists a resident twice (two leases) keeps the last.
        return (rows.GroupBy(r => r.ResidentId, StringComparer.Ordinal).Select(g => g.Last()).ToList(), problems);
    }
}
