using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Tests.Outbox;

/// <summary>A delivery of one kind that does what the test says, and counts the attempts that reached it.</summary>
internal sealed class ScriptedDelivery(string kind, Func<OutboxRecord, CancellationToken, Task<Result<string>>> deliver) : IOutboxDelivery
{
    private int _calls;

    public string Kind => kind;

    public int Calls => _calls;

    public Task<Result<string>> DeliverAsync(OutboxRecord row, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return deliver(row, cancellationToken);
    }

    public static ScriptedDelivery Succeeding(string kind) => new(kind, (row, _) => Task.FromResult(Result<string>.Success("ok-" + row.CorrelationKey)));
}
