using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Hub.Tests.Pms;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Tests.Outbox;

/// <summary>
/// The outbox's promises around one row, on a fake clock: a worker that lost its lease changes nothing, one delivery's
/// exception touches no other row, a row that never settles still ends dead, and texts never wait behind work orders.
/// </summary>
public sealed class OutboxLeaseTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task A_worker_whose_lease_was_taken_over_stops_its_delivery_and_its_settle_changes_nothing(Provider provider)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var hanging = new ScriptedDelivery("hang", async (_, token) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, token);
            return Result<string>.Success("never");
        });
        var (hub, property, _, clock) = await PmsHub.StartAsync(provider, s => s.AddSingleton<IOutboxDelivery>(hanging));
        await using var _ = hub;
        var id = await OutboxRows.QueueAsync(hub, property.PortfolioId, "hang", "hang-1");
        var running = hub.Get<OutboxWorker>().DeliverDueAsync(CancellationToken.None);
        await started.Task.WaitAsync(Deadline);

        // Another worker takes the row over, as it would once this one's lease had run out unrenewed.
        var theirs = Guid.NewGuid();
        await using (var db = hub.Database.Open(PortfolioScope.For(property.PortfolioId)))
        {
            await db.Outbox.Where(o => o.Id == id).ExecuteUpdateAsync(s => s.SetProperty(o => o.LeaseToken, theirs));
        }

        clock.Advance(hub.Get<IOptions<HubOptions>>().Value.OutboxLease / 3); // the renewal finds the lease gone
        var handled = await running.WaitAsync(Deadline);

        var row = await OutboxRows.ReadAsync(hub, property.PortfolioId, id);
        Assert.Equal(0, handled);
        Assert.Equal((OutboxStatus.Pending, 1, theirs, (string?)null), (row.Status, row.Attempts, row.LeaseToken, row.LastError));
        Assert.Equal(0, await OutboxRows.AuditCountAsync(hub, property.PortfolioId));
    }

    [Fact]
    public async Task A_delivery_that_throws_is_an_unknown_outcome_of_its_own_row_and_the_others_are_delivered()
    {
        var throwing = new ScriptedDelivery("boom", (_, _) => throw new InvalidOperationException("a plugin bug"));
        var fine = ScriptedDelivery.Succeeding("fine");
        var (hub, property, _, _) = await PmsHub.StartAsync(configure: s => s.AddSingleton<IOutboxDelivery>(throwing).AddSingleton<IOutboxDelivery>(fine));
        await using var _ = hub;
        var boom = await OutboxRows.QueueAsync(hub, property.PortfolioId, "boom", "boom-1");
        var others = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            others.Add(await OutboxRows.QueueAsync(hub, property.PortfolioId, "fine", $"fine-{i}"));
        }

        Assert.Equal(4, await hub.Get<OutboxWorker>().DeliverDueAsync(CancellationToken.None));

        var failed = await OutboxRows.ReadAsync(hub, property.PortfolioId, boom);
        Assert.Equal((OutboxStatus.Pending, "exception: InvalidOperationException"), (failed.Status, failed.LastError));
        foreach (var other in others)
        {
            Assert.Equal(OutboxStatus.Delivered, (await OutboxRows.ReadAsync(hub, property.PortfolioId, other)).Status);
        }
    }

    [Fact]
    public async Task A_row_whose_attempts_never_settle_is_dead_after_the_maximum_age_without_another_attempt()
    {
        var delivery = ScriptedDelivery.Succeeding("crashy");
        var (hub, property, _, clock) = await PmsHub.StartAsync(configure: s => s
            .AddSingleton<IOutboxDelivery>(delivery)
            .Configure<HubOptions>(o => o.OutboxMaxAge = TimeSpan.FromMinutes(10)));
        await using var _ = hub;
        var options = hub.Get<IOptions<HubOptions>>().Value;
        var id = await OutboxRows.QueueAsync(hub, property.PortfolioId, "crashy", "crashy-1");
        for (var crash = 0; crash < 3; crash++)
        {
            // Leased (the attempt counted), then the process dies before anything settles.
            Assert.NotNull(await OutboxLease.TakeAsync(hub.Database, property.PortfolioId, id, options.OutboxLease, clock.GetUtcNow(), CancellationToken.None));
            clock.Advance(options.OutboxLease + TimeSpan.FromSeconds(1));
        }

        clock.Advance(TimeSpan.FromMinutes(10));
        await hub.Get<OutboxWorker>().DeliverDueAsync(CancellationToken.None);

        var row = await OutboxRows.ReadAsync(hub, property.PortfolioId, id);
        Assert.Equal((OutboxStatus.Dead, 4, 0), (row.Status, row.Attempts, delivery.Calls));
        Assert.StartsWith("too_old:", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Texts_are_delivered_while_every_work_order_slot_waits_on_a_hanging_pms()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var hanging = new ScriptedDelivery(OutboxKinds.WorkOrder, async (row, _) =>
        {
            await release.Task;
            return Result<string>.Success("WO-" + row.CorrelationKey);
        });
        var texts = ScriptedDelivery.Succeeding(OutboxKinds.Sms);
        var (hub, property, _, _) = await PmsHub.StartAsync(configure: s => s.RemoveAll<IOutboxDelivery>().AddSingleton<IOutboxDelivery>(hanging).AddSingleton<IOutboxDelivery>(texts));
        await using var _ = hub;
        for (var i = 0; i < 12; i++)
        {
            await OutboxRows.QueueAsync(hub, property.PortfolioId, OutboxKinds.WorkOrder, $"wo-{i}");
        }

        var text = await OutboxRows.QueueAsync(hub, property.PortfolioId, OutboxKinds.Sms, "page-1:sms");
        var worker = hub.Get<OutboxWorker>();
        var workOrders = worker.DeliverDueAsync(OutboxLane.WorkOrders, CancellationToken.None);
        await Eventually.UntilAsync(() => hanging.Calls == hub.Get<IOptions<HubOptions>>().Value.OutboxConcurrency, "every work-order slot is taken");

        Assert.Equal(1, await worker.DeliverDueAsync(OutboxLane.Telephony, CancellationToken.None).WaitAsync(Deadline));
        Assert.Equal(OutboxStatus.Delivered, (await OutboxRows.ReadAsync(hub, property.PortfolioId, text)).Status);
        Assert.False(workOrders.IsCompleted);

        release.SetResult();
        Assert.Equal(12, await workOrders.WaitAsync(Deadline));
    }
}
