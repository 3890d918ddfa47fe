using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Hub.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using static AiPhoneCoverage.Hub.Tests.Workflows.RuntimeFixture;

namespace AiPhoneCoverage.Hub.Tests.Workflows;

/// <summary>The timer worker: timers fired side by side on PostgreSQL, by two nodes at once, and a timer that fails to fire.</summary>
public sealed class WorkflowTimerWorkerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 2, 13, 0, TimeSpan.Zero));

    [Fact]
    public async Task Two_nodes_firing_the_same_hundred_due_timers_at_once_resume_each_instance_exactly_once()
    {
        await using var first = await TestHub.StartAsync(Provider.PostgreSql, configure: FakeClock);
        await using var second = await first.AnotherNodeAsync(FakeClock);
        var portfolio = await PortfolioAsync(first);
        await PublishAsync(first, portfolio, "delay", Activity("wait", "Elsa.Delay") + "," + Activity("end", "Elsa.End"), Connection("wait", "Done", "end"));
        var ids = new List<Guid>();
        for (var i = 0; i < 100; i++)
        {
            ids.Add(await StartAsync(first, portfolio, "delay"));
        }

        _clock.Advance(TimeSpan.FromMinutes(1));
        var fired = await Task.WhenAll(
            first.Get<WorkflowTimerWorker>().FireDueAsync(CancellationToken.None),
            second.Get<WorkflowTimerWorker>().FireDueAsync(CancellationToken.None));
        var instances = await InstancesAsync(first, portfolio);

        Assert.Equal(100, fired.Sum());
        Assert.Equal(100, instances.Count(i => i.Status == WorkflowStatus.Finished && i.Revision == 2));
        Assert.Equal(0, await TimerCountAsync(first, portfolio));
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task Two_timers_of_one_instance_due_at_the_same_instant_both_fire_in_one_pass(Provider provider)
    {
        await using var hub = await TestHub.StartAsync(provider, configure: FakeClock);
        var portfolio = await PortfolioAsync(hub);
        await PublishAsync(hub, portfolio, "fork",
            Activity("start", "Elsa.Start") + "," + Activity("a", "Elsa.Delay") + "," + Activity("b", "Elsa.Delay") + "," +
            Activity("setA", "Elsa.SetVariable", ("variable", "Literal", "A"), ("value", "Literal", "fired")) + "," +
            Activity("setB", "Elsa.SetVariable", ("variable", "Literal", "B"), ("value", "Literal", "fired")),
            Connection("start", "Done", "a") + "," + Connection("start", "Done", "b") + "," + Connection("a", "Done", "setA") + "," + Connection("b", "Done", "setB"));
        var id = await StartAsync(hub, portfolio, "fork");

        _clock.Advance(TimeSpan.FromMinutes(1));
        var fired = await hub.Get<WorkflowTimerWorker>().FireDueAsync(CancellationToken.None);
        var (instance, state) = await LoadAsync(hub, portfolio, id);

        Assert.Equal(2, fired);
        Assert.Equal((WorkflowStatus.Finished, "fired", "fired"), (instance.Status, state.Variables["A"]!.GetValue<string>(), state.Variables["B"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_timer_whose_resume_throws_does_not_hold_up_the_others_and_fires_once_its_hold_is_over()
    {
        var failures = new FailingOnce();
        await using var hub = await TestHub.StartAsync(Provider.Sqlite, configure: s =>
        {
            FakeClock(s);
            s.AddSingleton<IActivityBehavior>(failures);
        });
        var portfolio = await PortfolioAsync(hub);
        await PublishAsync(hub, portfolio, "notify", Activity("wait", "Elsa.Delay") + "," + Activity("page", "AiPhoneCoverage.Notify"), Connection("wait", "Done", "page"));
        var ids = new[] { await StartAsync(hub, portfolio, "notify"), await StartAsync(hub, portfolio, "notify") };
        var worker = hub.Get<WorkflowTimerWorker>();

        _clock.Advance(TimeSpan.FromMinutes(1));
        var firstPass = await worker.FireDueAsync(CancellationToken.None);
        var whileHeld = await worker.FireDueAsync(CancellationToken.None);
        _clock.Advance(WorkflowTimerWorker.HoldAfterFailure);
        var afterHold = await worker.FireDueAsync(CancellationToken.None);
        var instances = await InstancesAsync(hub, portfolio);

        Assert.Equal((1, 0, 1), (firstPass, whileHeld, afterHold));
        Assert.Equal((3, 1), (failures.Runs, failures.Thrown));
        Assert.All(ids, id => Assert.Contains(instances, i => i.Id == id && i.Status == WorkflowStatus.Finished && i.Revision == 2));
        Assert.Equal(0, await TimerCountAsync(hub, portfolio));
    }

    private void FakeClock(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock));

    private static async Task<List<WorkflowInstanceRecord>> InstancesAsync(TestHub hub, Guid portfolio)
    {
        await using var db = hub.Database.Open(PortfolioScope.For(portfolio));
        return await db.WorkflowInstances.AsNoTracking().ToListAsync();
    }

    /// <summary>A Notify that throws the first time it runs, as a plugin activity with a bug might.</summary>
    private sealed class FailingOnce : IActivityBehavior
    {
        public int Runs { get; private set; }

        public int Thrown { get; private set; }

        public string TypeName => "AiPhoneCoverage.Notify";

        public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
        {
            if (Runs++ == 0)
            {
                Thrown++;
                throw new InvalidOperationException("the paging provider is broken");
            }

            return ValueTask.FromResult(ActivityOutcome.Take("Done"));
        }
    }
}
