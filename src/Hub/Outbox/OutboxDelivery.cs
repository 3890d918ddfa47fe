using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>Delivers one kind of outbox row to the outside world; the worker owns retries, leases and status.</summary>
internal interface IOutboxDelivery
{
    string Kind { get; }

    /// <summary>Delivers the row; the receiver's id on success, else an error whose kind says whether to retry.</summary>
    Task<Result<string>> DeliverAsync(OutboxRecord row, CancellationToken cancellationToken);

    /// <summary>
    /// Called under the row's lease when the outbox gives the row up at its maximum age without another attempt, so that
    /// a kind with state of its own (a vendor dispatch asks the next vendor) does not stay waiting for it.
    /// </summary>
    Task GiveUpAsync(OutboxRecord row, CancellationToken cancellationToken) => Task.CompletedTask;
}
