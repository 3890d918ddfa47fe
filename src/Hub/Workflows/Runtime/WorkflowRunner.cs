using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Workflows.Catalog;
using AiPhoneCoverage.Hub.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>
/// The flowchart interpreter. It runs a published definition from its start activities (Elsa.Start, or else those with no
/// incoming connection), follows the connection of each outcome taken, and stops where activities suspend on bookmarks.
/// It works inside the caller's unit of work: the instance, its state and its timers are changed in the caller's
/// <see cref="HubDbContext"/> and committed by the caller together with everything else the turn changed.
/// </summary>
internal sealed class WorkflowRunner(ActivityCatalog catalog, ActivityBehaviors behaviors, TimeProvider time)
{
    /// <summary>A run that executes this many activities without waiting is stopped as faulted (a loop the validator could not see).</summary>
    public const int MaxStepsPerRun = 1000;

    /// <summary>The state keeps the most recent journal entries only: it is read and written on every turn. The audit trail keeps everything.</summary>
    public const int JournalLength = 16;

    private readonly ConcurrentDictionary<(Guid, string, int), FlowchartModel> _published = new();

    public async Task<WorkflowInstanceRecord> StartAsync(HubDbContext db, string definitionId, string? correlationId, CancellationToken cancellationToken) =>
        await StartAsync(db, definitionId, correlationId, input: null, cancellationToken);

    /// <summary>Starts an instance with some variables set before the first activity runs (the call's context).</summary>
    public Task<WorkflowInstanceRecord> StartAsync(
        HubDbContext db, string definitionId, string? correlationId, IReadOnlyDictionary<string, JsonNode?>? input, CancellationToken cancellationToken) =>
        StartAsync(db, new WorkflowStart(definitionId, Guid.CreateVersion7(), correlationId, input), cancellationToken);

    /// <summary>Starts an instance with the id the start names (a row written beside it may point at it).</summary>
    public async Task<WorkflowInstanceRecord> StartAsync(HubDbContext db, WorkflowStart start, CancellationToken cancellationToken)
    {
        var (definitionId, instanceId, correlationId, input) = start;
        var portfolioId = db.Scope.PortfolioId;
        var version = await db.WorkflowDefinitions.Where(d => d.DefinitionId == definitionId && d.IsPublished)
            .MaxAsync(d => (int?)d.Version, cancellationToken) ?? throw new InvalidOperationException($"workflow '{definitionId}' has no published version");
        var flowchart = await FlowchartAsync(db, portfolioId, definitionId, version, cancellationToken);
        var now = time.GetUtcNow();
        var state = new WorkflowState();
        foreach (var variable in flowchart.Variables)
        {
            state.Variables[variable.Name] = variable.Value is null ? null : JsonValue.Create(variable.Value);
        }

        foreach (var (name, value) in input ?? new Dictionary<string, JsonNode?>())
        {
            state.Variables[name] = value?.DeepClone();
        }

        var instance = new WorkflowInstanceRecord
        {
            PortfolioId = portfolioId, Id = instanceId, DefinitionId = definitionId, Version = version, Status = WorkflowStatus.Running,
            StateJson = string.Empty, CorrelationId = correlationId, CreatedAt = now, UpdatedAt = now,
        };
        db.WorkflowInstances.Add(instance);
        var starts = new List<WorkflowStart>();
        await RunQueueAsync(db, instance, flowchart, state, new Queue<string>(FlowGraph.From(flowchart).StartActivities(flowchart)), starts, cancellationToken);
        await FinishAsync(db, instance, state, hadTimers: false, cancellationToken);
        await StartRequestedAsync(db, starts, cancellationToken);
        return instance;
    }

    /// <summary>Resumes the bookmark with this id.</summary>
    public Task<ResumeResult> ResumeAsync(HubDbContext db, Guid instanceId, string bookmarkId, ResumeInput input, CancellationToken cancellationToken) =>
        ResumeAsync(db, instanceId, bookmarks => bookmarks.FirstOrDefault(b => b.Id == bookmarkId), input, cancellationToken);

    /// <summary>Resumes the instance's oldest bookmark of the input's kind (a call resumes "the caller's next words").</summary>
    public Task<ResumeResult> ResumeNextAsync(HubDbContext db, Guid instanceId, ResumeInput input, CancellationToken cancellationToken) =>
        ResumeAsync(db, instanceId, bookmarks => bookmarks.FirstOrDefault(b => b.Kind == input.Kind), input, cancellationToken);

    private async Task<ResumeResult> ResumeAsync(HubDbContext db, Guid instanceId, Func<List<Bookmark>, Bookmark?> pick, ResumeInput input, CancellationToken cancellationToken)
    {
        // The portfolio in the predicate lets SQLite find the row by its key (portfolio, id): the scope filter alone is
        // "system or portfolio = ?", which SQLite cannot answer from an index, so it would read the whole table.
        var portfolioId = db.Scope.PortfolioId;
        var instance = db.Scope.IsSystem
            ? await db.WorkflowInstances.SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken)
            : await db.WorkflowInstances.SingleOrDefaultAsync(i => i.PortfolioId == portfolioId && i.Id == instanceId, cancellationToken);
        if (instance is null)
        {
            return ResumeResult.NoSuchInstance;
        }

        WorkflowState state;
        Bookmark? bookmark;
        for (var attempt = 1; ; attempt++)
        {
            state = WorkflowStateJson.Read(instance.StateJson);
            bookmark = pick(state.Bookmarks);
            if (bookmark is null || instance.Status != WorkflowStatus.Suspended)
            {
                return ResumeResult.NoSuchBookmark;
            }

            // A bookmark with a timeout: claim its timer row first, as the timer worker does, so that the two lock the
            // timer before the instance and cannot deadlock. Finding it gone means the timeout won: the instance has
            // moved on, and the resume is tried again on its new state.
            // The timer worker has claimed the timer itself before resuming with it.
            if (bookmark.DueAt is null || input.Kind == BookmarkKinds.Timer || await ClaimTimerAsync(db, instance, bookmark.Id, cancellationToken))
            {
                break;
            }

            if (attempt == 3)
            {
                throw new DbUpdateConcurrencyException($"the timer of bookmark {bookmark.Id} fired while it was being resumed");
            }

            await db.Entry(instance).ReloadAsync(cancellationToken);
        }

        // The resumed bookmark's own timer is removed here; the others may still be pending if the flow ends.
        var hadTimers = state.Bookmarks.Exists(b => b.DueAt is not null && b.Id != bookmark.Id);
        state.Bookmarks.Remove(bookmark);

        var flowchart = await FlowchartAsync(db, instance.PortfolioId, instance.DefinitionId, instance.Version, cancellationToken);
        var activity = flowchart.Activities.First(a => a.Id == bookmark.ActivityId);
        var descriptor = catalog.Find(activity.Type, activity.Version)!;
        var starts = new List<WorkflowStart>();
        var context = new ActivityContext(db, instance, activity, descriptor, flowchart, state, time, starts, cancellationToken);
        var outcome = await InvokeAsync(() => behaviors.Find(activity.Type)!.ResumeAsync(context, input));
        var queue = new Queue<string>();
        if (Apply(db, instance, flowchart, state, activity, outcome, queue))
        {
            await RunQueueAsync(db, instance, flowchart, state, queue, starts, cancellationToken);
        }

        await FinishAsync(db, instance, state, hadTimers, cancellationToken);
        await StartRequestedAsync(db, starts, cancellationToken);
        return ResumeResult.Resumed;
    }

    /// <summary>Starts the workflows the run's activities asked for (an emergency's Escalation), in the same unit of work.</summary>
    private async Task StartRequestedAsync(HubDbContext db, List<WorkflowStart> starts, CancellationToken cancellationToken)
    {
        foreach (var start in starts)
        {
            await StartAsync(db, start, cancellationToken);
        }
    }

    private async Task RunQueueAsync(
        HubDbContext db, WorkflowInstanceRecord instance, FlowchartModel flowchart, WorkflowState state, Queue<string> queue, List<WorkflowStart> starts, CancellationToken cancellationToken)
    {
        var steps = 0;
        while (queue.TryDequeue(out var id))
        {
            var activity = flowchart.Activities.First(a => a.Id == id);
            if (++steps > MaxStepsPerRun)
            {
                Fault(instance, state, activity, $"more than {MaxStepsPerRun} activities ran without waiting; the flow loops");
                return;
            }

            var descriptor = catalog.Find(activity.Type, activity.Version);
            var behavior = behaviors.Find(activity.Type);
            var outcome = descriptor is null || behavior is null
                ? ActivityOutcome.Fault($"{activity.Type} v{activity.Version} has no behaviour in this hub yet")
                : await InvokeAsync(() => behavior.ExecuteAsync(new ActivityContext(db, instance, activity, descriptor, flowchart, state, time, starts, cancellationToken)));
            if (!Apply(db, instance, flowchart, state, activity, outcome, queue))
            {
                return;
            }
        }
    }

    /// <summary>Records the outcome and queues what follows; false when the workflow stops here (ended or faulted).</summary>
    private bool Apply(HubDbContext db, WorkflowInstanceRecord instance, FlowchartModel flowchart, WorkflowState state, ActivityModel activity, ActivityOutcome outcome, Queue<string> queue)
    {
        var now = time.GetUtcNow();
        switch (outcome.Kind)
        {
            case ActivityOutcomeKind.Port:
                state.Journal.Add(new JournalEntry(activity.Id, activity.Type, outcome.Port!, now));
                Follow(flowchart, activity.Id, outcome.Port!, queue);
                return true;
            case ActivityOutcomeKind.Suspend:
                var bookmark = new Bookmark($"{activity.Id}-{state.Journal.Count}", activity.Id, outcome.BookmarkKind!, outcome.DueAt);
                state.Bookmarks.Add(bookmark);
                state.Journal.Add(new JournalEntry(activity.Id, activity.Type, "suspended:" + bookmark.Kind, now));
                if (outcome.DueAt is { } due)
                {
                    db.WorkflowTimers.Add(new WorkflowTimerRecord { PortfolioId = instance.PortfolioId, Id = Guid.CreateVersion7(), InstanceId = instance.Id, BookmarkId = bookmark.Id, DueAt = due });
                }

                return true;
            case ActivityOutcomeKind.End:
                state.Journal.Add(new JournalEntry(activity.Id, activity.Type, "end", now));
                state.Bookmarks.Clear();
                queue.Clear();
                return false;
            default:
                state.Journal.Add(new JournalEntry(activity.Id, activity.Type, "fault: " + outcome.FaultMessage, now));
                if (flowchart.Connections.Any(c => c.Source == activity.Id && c.SourcePort == "Fault"))
                {
                    Follow(flowchart, activity.Id, "Fault", queue);
                    return true;
                }

                Fault(instance, state, activity, outcome.FaultMessage!);
                return false;
        }
    }

    private void Fault(WorkflowInstanceRecord instance, WorkflowState state, ActivityModel activity, string message)
    {
        state.Fault = new WorkflowFault(activity.Id, message, time.GetUtcNow());
        state.Bookmarks.Clear();
        instance.Status = WorkflowStatus.Faulted;
    }

    private static void Follow(FlowchartModel flowchart, string activityId, string port, Queue<string> queue)
    {
        foreach (var connection in flowchart.Connections.Where(c => c.Source == activityId && c.SourcePort == port))
        {
            queue.Enqueue(connection.Target);
        }
    }

    private async Task FinishAsync(HubDbContext db, WorkflowInstanceRecord instance, WorkflowState state, bool hadTimers, CancellationToken cancellationToken)
    {
        if (instance.Status != WorkflowStatus.Faulted)
        {
            instance.Status = state.Bookmarks.Count > 0 ? WorkflowStatus.Suspended : WorkflowStatus.Finished;
        }

        if (state.Bookmarks.Count == 0 && (hadTimers || db.WorkflowTimers.Local.Count > 0))
        {
            // Ended or faulted with timers possibly pending (Elsa.End drops them).
            await RemoveTimersAsync(db, instance, bookmarkId: null, cancellationToken);
        }

        if (state.Journal.Count > JournalLength)
        {
            state.Journal.RemoveRange(0, state.Journal.Count - JournalLength);
        }

        instance.StateJson = WorkflowStateJson.Write(state);
        instance.State = state;
        instance.UpdatedAt = time.GetUtcNow();
        instance.Revision++;
    }

    /// <summary>Deletes the bookmark's timer now; false when there was none left to delete (it fired, or is firing, elsewhere).</summary>
    private static async Task<bool> ClaimTimerAsync(HubDbContext db, WorkflowInstanceRecord instance, string bookmarkId, CancellationToken cancellationToken)
    {
        var tracked = db.WorkflowTimers.Local.Where(t => t.InstanceId == instance.Id && t.BookmarkId == bookmarkId).ToList();
        if (tracked.Exists(t => db.Entry(t).State == EntityState.Added))
        {
            db.WorkflowTimers.RemoveRange(tracked); // set in this unit of work and never saved: dropping it is the claim
            return true;
        }

        foreach (var timer in tracked)
        {
            db.Entry(timer).State = EntityState.Detached;
        }

        return await db.WorkflowTimers.Where(t => t.PortfolioId == instance.PortfolioId && t.InstanceId == instance.Id && t.BookmarkId == bookmarkId)
            .ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static async Task RemoveTimersAsync(HubDbContext db, WorkflowInstanceRecord instance, string? bookmarkId, CancellationToken cancellationToken)
    {
        var pending = db.WorkflowTimers.Local.Where(t => t.InstanceId == instance.Id && (bookmarkId == null || t.BookmarkId == bookmarkId)).ToList();
        var stored = await db.WorkflowTimers
            .Where(t => t.PortfolioId == instance.PortfolioId && t.InstanceId == instance.Id && (bookmarkId == null || t.BookmarkId == bookmarkId))
            .ToListAsync(cancellationToken);
        db.WorkflowTimers.RemoveRange(pending.Union(stored));
    }

    private static async Task<ActivityOutcome> InvokeAsync(Func<ValueTask<ActivityOutcome>> run)
    {
        try
        {
            return await run();
        }
        catch (ExpressionException ex)
        {
            return ActivityOutcome.Fault(ex.Message);
        }
    }

    private async Task<FlowchartModel> FlowchartAsync(HubDbContext db, Guid portfolioId, string definitionId, int version, CancellationToken cancellationToken)
    {
        // Published versions never change, so a parsed flowchart is cached for the life of the process.
        if (_published.TryGetValue((portfolioId, definitionId, version), out var cached))
        {
            return cached;
        }

        var json = await db.WorkflowDefinitions.Where(d => d.DefinitionId == definitionId && d.Version == version && d.IsPublished)
            .Select(d => d.Json).SingleAsync(cancellationToken);
        var flowchart = FlowchartModel.Read(JsonNode.Parse(json)!.AsObject(), out var problem) ?? throw new InvalidDataException(problem);
        return _published.GetOrAdd((portfolioId, definitionId, version), flowchart);
    }
}
