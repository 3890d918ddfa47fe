using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>Delivers one kind of outbox row to the outside world; the worker owns retries, leases and status.</summary>
internal interface IOutboxDelivery
{
    string Kind { get; }

    /// <summary>Delivers the row; the receiver's id on success, else an error whose kind says whether to retry.</summary>
    Task<Result<string>> DeliverAsync(OutboxRecord row, CancellationToken cancellationToken);
}
