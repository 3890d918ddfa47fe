using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.TestPlugins.Good;

/// <summary>A PMS connector with one resident, so that tests can call a plugin across its load context.</summary>
public sealed class InMemoryConnector : IPmsConnector
{
    public Task<Result<RosterPage>> ExportRosterAsync(PmsProperty target, string? cursor, CancellationToken cancellationToken) =>
        Task.FromResult<Result<RosterPage>>(new RosterPage([new RosterEntry("r1", "Ada", "Lovelace", "1A", ["+16175550123"])], null));

    public Task<Result<IReadOnlyList<PmsUnit>>> GetUnitsAsync(PmsProperty target, CancellationToken cancellationToken) =>
        Task.FromResult<Result<IReadOnlyList<PmsUnit>>>(new List<PmsUnit> { new("u1", "1A", null, false) });

    public Task<Result<PmsVocabulary>> GetVocabularyAsync(PmsProperty target, CancellationToken cancellationToken) =>
        Task.FromResult<Result<PmsVocabulary>>(ProviderError.Permanent("not_supported", "no vocabulary"));

    public Task<Result<WorkOrderReceipt>> CreateWorkOrderAsync(PmsProperty target, WorkOrderRequest workOrder, CancellationToken cancellationToken) =>
        Task.FromResult<Result<WorkOrderReceipt>>(new WorkOrderReceipt("1", "New", WorkOrderState.Open));

    public Task<Result<WorkOrderReceipt?>> FindWorkOrderAsync(PmsProperty target, string correlationKey, CancellationToken cancellationToken) =>
        Task.FromResult(Result<WorkOrderReceipt?>.Failure(ProviderError.Permanent("not_supported", "no search")));

    public Task<Result<WorkOrderReceipt>> GetWorkOrderAsync(PmsProperty target, string externalId, CancellationToken cancellationToken) =>
        Task.FromResult<Result<WorkOrderReceipt>>(new WorkOrderReceipt(externalId, "New", WorkOrderState.Open));
}
