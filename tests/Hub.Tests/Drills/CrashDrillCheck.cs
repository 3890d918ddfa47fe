using System.Text.Json;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Simulators;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Tests.Drills;

/// <summary>
/// The drill's independent checker: it reads the receivers' own ledgers, not the hub's view of them. Every outbox row
/// must be delivered, and its correlation key must stand exactly once in its receiver's ledger (a PMS's work orders, a
/// vendor's jobs, Twilio's messages or calls); every ledger entry must belong to a row.
/// </summary>
internal sealed class CrashDrillCheck(CrashDrillWorld world)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public async Task<CrashDrillReport> ReportAsync(string provider, int calls, int kills, int seed, TimeSpan drained, TimeSpan total)
    {
        List<OutboxRecord> rows;
        await using (var db = world.Database.Open(PortfolioScope.System))
        {
            rows = await db.Outbox.AsNoTracking().ToListAsync();
        }

        var problems = rows.Where(r => r.Status != OutboxStatus.Delivered).Select(r => $"{r.CorrelationKey} is {r.Status} after {r.Attempts} attempts ({r.LastError})").ToList();
        var twilio = world.Simulator<TwilioSimulator>();
        var sent = twilio.Messages.Where(m => m.Direction != TwilioMessageDirection.Inbound).ToList();
        var pms = Entries(world.Simulator<YardiSimulator>().WorkOrders)
            .Concat(Entries(world.Simulator<RealPageSimulator>().WorkOrders))
            .Concat(Entries(world.Simulator<AppFolioSimulator>().WorkOrders)).ToList();
        var vendors = Entries(world.Simulator<VendorEndpointSimulator>().Jobs).Concat(Entries(world.Simulator<ServiceChannelSimulator>().WorkOrders)).ToList();

        problems.AddRange(Once(rows, OutboxKinds.WorkOrder, key => pms.Count(e => Mentions(e, key))));
        problems.AddRange(Once(rows, OutboxKinds.VendorDispatch, key => vendors.Count(e => Mentions(e, key))));
        problems.AddRange(Once(rows, OutboxKinds.Sms, key => sent.Count(m => m.IdempotencyToken == key)));
        problems.AddRange(Once(rows, OutboxKinds.PageCall, key => twilio.Calls.Count(c => c.IdempotencyToken == key)));
        problems.AddRange(Strays("PMS work orders", pms.Count, rows.Count(r => r.Kind == OutboxKinds.WorkOrder)));
        problems.AddRange(Strays("texts", sent.Count, rows.Count(r => r.Kind == OutboxKinds.Sms)));
        problems.AddRange(Strays("page calls", twilio.Calls.Count, rows.Count(r => r.Kind == OutboxKinds.PageCall)));

        var listQueries = twilio.Server.LogEntries.Count(e => e.RequestMessage.Method == "GET" && e.RequestMessage.Path.EndsWith("s.json", StringComparison.Ordinal));
        return new CrashDrillReport(
            provider, calls, kills, seed,
            rows.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Count()),
            rows.Where(r => r.Attempts > 1).GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Count()),
            problems, pms.Count, sent.Count, twilio.Calls.Count, listQueries, vendors.Count, drained, total);
    }

    private static IEnumerable<string> Once(IEnumerable<OutboxRecord> rows, string kind, Func<string, int> countInLedger) =>
        rows.Where(r => r.Kind == kind)
            .Select(r => (r.CorrelationKey, Count: countInLedger(r.CorrelationKey)))
            .Where(r => r.Count != 1)
            .Select(r => $"{kind} {r.CorrelationKey} stands {r.Count} times in its receiver's ledger");

    private static IEnumerable<string> Strays(string what, int inLedgers, int rows) =>
        inLedgers == rows ? [] : [$"{inLedgers} {what} in the simulators for {rows} outbox rows"];

    /// <summary>The key as a whole token: the PMSs append it to a description, the vendors carry it as a field.</summary>
    private static bool Mentions(string entry, string key)
    {
        for (var at = entry.IndexOf(key, StringComparison.Ordinal); at >= 0; at = entry.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            var end = at + key.Length;
            if (end == entry.Length || !char.IsAsciiLetterOrDigit(entry[end]) && entry[end] != ':')
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Entries<T>(IEnumerable<T> ledger) => ledger.Select(e => JsonSerializer.Serialize(e, Json));
}
