using System.Collections.Concurrent;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Tests.Pms;

/// <summary>A PMS connector whose answers a test scripts: a roster, and what each create attempt does.</summary>
internal sealed class FakePmsConnector : IPmsConnector
{
    public const string Id = "fakepms";

    public List<RosterEntry> Roster { get; } = [];

    public List<string?> RosterCursors { get; } = [];

    /// <summary>What the next create attempts do, in order; when empty, a create succeeds.</summary>
    public ConcurrentQueue<ProviderError?> CreateOutcomes { get; } = new();

    /// <summary>Work orders that exist in the "PMS", by correlation key.</summary>
    public ConcurrentDictionary<string, string> Created { get; } = new();

    public int CreateCalls;
    public int FindCalls;

    public Task<Result<RosterPage>> ExportRosterAsync(PmsProperty target, string? cursor, CancellationToken cancellationToken)
    {
        RosterCursors.Add(cursor);
        return Task.FromResult(Result<RosterPage>.Success(new RosterPage(Roster.ToList(), null, IsIncremental: cursor?.StartsWith("since:", StringComparison.Ordinal) == true)));
    }

    public Task<Result<IReadOnlyList<PmsUnit>>> GetUnitsAsync(PmsProperty target, CancellationToken cancellationToken) =>
        Task.FromResult(Result<IReadOnlyList<PmsUnit>>.Success(Roster.Select(r => new PmsUnit(r.UnitCode, r.UnitCode, null, false)).ToList()));

    public Task<Result<PmsVocabulary>> GetVocabularyAsync(PmsProperty target, CancellationToken cancellationToken) =>
        Task.FromResult(Result<PmsVocabulary>.Success(new PmsVocabulary([new("PLB", "Plumbing")], [new("E", "Emergency")], [new("N", "New")])));

    public Task<Result<WorkOrderReceipt>> CreateWorkOrderAsync(PmsProperty target, WorkOrderRequest workOrder, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref CreateCalls);
        CreateOutcomes.TryDequeue(out var outcome);
        if (outcome is null || outcome.Kind == ErrorKind.Unknown)
        {
            // Unknown: created in the PMS, but the answer never arrived.
            var id = Created.GetOrAdd(workOrder.CorrelationKey, _ => "WO" + (Created.Count + 1));
            if (outcome is not null)
            {
                return Task.FromResult(Result<WorkOrderReceipt>.Failure(outcome));
            }

            return Task.FromResult(Result<WorkOrderReceipt>.Success(new WorkOrderReceipt(id, "New", WorkOrderState.Open)));
        }

        return Task.FromResult(Result<WorkOrderReceipt>.Failure(outcome));
    }

    public Task<Result<WorkOrderReceipt?>> FindWorkOrderAsync(PmsProperty target, string correlationKey, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref FindCalls);
        return Task.FromResult(Created.TryGetValue(correlationKey, out var id)
            ? Result<WorkOrderReceipt?>.Success(new WorkOrderReceipt(id, "New", WorkOrderState.Open))
            : Result<WorkOrderReceipt?>.None);
    }

    public Task<Result<WorkOrderReceipt>> GetWorkOrderAsync(PmsProperty target, string externalId, CancellationToken cancellationToken) =>
        Task.FromResult(Result<WorkOrderReceipt>.Success(new WorkOrderReceipt(externalId, "New", WorkOrderState.Open)));
}
