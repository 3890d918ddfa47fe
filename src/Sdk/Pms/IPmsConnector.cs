namespace AiPhoneCoverage.Sdk;

/// <summary>
/// A property management system (Yardi, RealPage, AppFolio, ...). The hub calls it from background workers only,
/// never while a caller waits, through its own resilience pipeline: connectors do not retry by themselves.
/// </summary>
public interface IPmsConnector
{
    /// <summary>
    /// Reads one page of the property's roster. A connector whose PMS can list changes since a time also accepts a first
    /// cursor of the form <c>since:2026-11-25T10:00:00Z</c> and answers with <see cref="RosterPage.IsIncremental"/> pages
    /// of the residents changed since then; one that cannot ignores it and answers the whole roster.
    /// </summary>
    /// <param name="target">The property and its connection.</param>
    /// <param name="cursor"><see langword="null"/> (or a <c>since:</c> cursor) for the first page, else the previous page's <see cref="RosterPage.NextCursor"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, or the reason it could not be read.</returns>
    Task<Result<RosterPage>> ExportRosterAsync(PmsProperty target, string? cursor, CancellationToken cancellationToken);

    /// <summary>Lists the property's units.</summary>
    /// <param name="target">The property and its connection.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The units.</returns>
    Task<Result<IReadOnlyList<PmsUnit>>> GetUnitsAsync(PmsProperty target, CancellationToken cancellationToken);

    /// <summary>Reads the customer's categories, priorities and statuses.</summary>
    /// <param name="target">The property and its connection.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The vocabulary.</returns>
    Task<Result<PmsVocabulary>> GetVocabularyAsync(PmsProperty target, CancellationToken cancellationToken);

    /// <summary>Creates a work order. The correlation key must travel with it so that <see cref="FindWorkOrderAsync"/> can find it.</summary>
    /// <param name="target">The property and its connection.</param>
    /// <param name="workOrder">The canonical work order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The PMS's receipt; an <see cref="ErrorKind.Unknown"/> error when the outcome is not known.</returns>
    Task<Result<WorkOrderReceipt>> CreateWorkOrderAsync(PmsProperty target, WorkOrderRequest workOrder, CancellationToken cancellationToken);

    /// <summary>Searches for a work order created earlier with this correlation key (search before re-create).</summary>
    /// <param name="target">The property and its connection.</param>
    /// <param name="correlationKey">The hub's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The receipt, or <see langword="null"/> inside a success when there is none.</returns>
    Task<Result<WorkOrderReceipt?>> FindWorkOrderAsync(PmsProperty target, string correlationKey, CancellationToken cancellationToken);

    /// <summary>Reads a work order's current status.</summary>
    /// <param name="target">The property and its connection.</param>
    /// <param name="externalId">The PMS's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The receipt with the current status.</returns>
    Task<Result<WorkOrderReceipt>> GetWorkOrderAsync(PmsProperty target, string externalId, CancellationToken cancellationToken);
}
