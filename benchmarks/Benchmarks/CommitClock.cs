using System.Collections.Concurrent;
using System.Diagnostics;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>
/// When each workflow instance's finishing resume committed, on the system clock, taken from EF Core's diagnostic event
/// for a committed transaction (raised on the committing thread right after COMMIT returns). Nothing in the hub changes
/// for it: the measurement reads the instances the committing unit of work was tracking.
/// </summary>
internal sealed class CommitClock : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly string Committed = RelationalEventId.TransactionCommitted.Name!;
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _finished = new();
    private readonly ConcurrentDictionary<Guid, int> _commits = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly IDisposable _all;

    public CommitClock() => _all = DiagnosticListener.AllListeners.Subscribe(this);

    /// <summary>The first commit that left each instance finished.</summary>
    public IReadOnlyDictionary<Guid, DateTimeOffset> Finished => _finished;

    /// <summary>How many commits left an instance finished (more than one would be a second resume of a finished instance).</summary>
    public int MostCommitsOfOneInstance => _commits.IsEmpty ? 0 : _commits.Values.Max();

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this, name => name == Committed));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != Committed || value.Value is not TransactionEndEventData { Context: { } context })
        {
            return;
        }

        var now = TimeProvider.System.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries<WorkflowInstanceRecord>())
        {
            if (entry.Entity.Status == WorkflowStatus.Finished && entry.Entity.Revision > 1)
            {
                _finished.TryAdd(entry.Entity.Id, now);
                _commits.AddOrUpdate(entry.Entity.Id, 1, (_, n) => n + 1);
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
