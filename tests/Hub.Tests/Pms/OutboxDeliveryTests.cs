using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Tests.Pms;

/// <summary>
/// Work orders reach the PMS exactly once whatever it does: retried with doubling delays on a fake clock, searched for
/// by correlation key before any re-create, stopped at once by errors retrying cannot fix, dead-lettered when too old.
/// </summary>
public sealed class OutboxDeliveryTests
{
    [Fact]
    public async Task Transient_failures_are_retried_on_the_backoff_schedule_until_one_work_order_exists()
    {
        var (hub, property, pms, clock) = await PmsHub.StartAsync();
        await using var _ = hub;
        pms.CreateOutcomes.Enqueue(ProviderError.Transient("pms_unavailable", "503"));
        pms.CreateOutcomes.Enqueue(ProviderError.Transient("pms_unavailable", "503"));
        var id = await QueueAsync(hub, property.PortfolioId);
        var worker = hub.Get<OutboxWorker>();

        await worker.DeliverDueAsync(CancellationToken.None);        // attempt 1 fails: next in 2 s
        clock.Advance(TimeSpan.FromSeconds(1.9));
        Assert.Equal(0, await worker.DeliverDueAsync(CancellationToken.None)); // not due yet: no request
        clock.Advance(TimeSpan.FromSeconds(0.2));
        await worker.DeliverDueAsync(CancellationToken.None);        // attempt 2 fails: next in 4 s
        clock.Advance(TimeSpan.FromSeconds(4));
        await worker.DeliverDueAsync(CancellationToken.None);        // attempt 3 succeeds

        var row = await RowAsync(hub, property.PortfolioId, id);
        Assert.Equal((OutboxStatus.Delivered, 3, "WO1"), (row.Status, row.Attempts, row.ExternalId));
        Assert.Equal(3, pms.CreateCalls);
        Assert.Single(pms.Created);
    }

    [Fact]
    public async Task A_work_order_created_whose_answer_was_lost_is_found_by_its_correlation_key_and_not_created_again()
    {
        var (hub, property, pms, clock) = await PmsHub.StartAsync();
        await using var _ = hub;
        pms.CreateOutcomes.Enqueue(ProviderError.Unknown("connection_reset", "the connection dropped after the request was sent"));
        var id = await QueueAsync(hub, property.PortfolioId);
        var worker = hub.Get<OutboxWorker>();

        await worker.DeliverDueAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(2));
        await worker.DeliverDueAsync(CancellationToken.None);

        var row = await RowAsync(hub, property.PortfolioId, id);
        Assert.Equal((OutboxStatus.Delivered, "WO1"), (row.Status, row.ExternalId));
        Assert.Equal((1, 1), (pms.CreateCalls, pms.FindCalls));
        Assert.Single(pms.Created);
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task A_process_that_died_after_the_pms_acted_and_before_the_settle_leaves_a_row_whose_next_attempt_finds_the_work_order(Provider provider)
    {
        var (hub, property, pms, clock) = await PmsHub.StartAsync(provider);
        await using var _ = hub;
        var id = await QueueAsync(hub, property.PortfolioId);
        var lease = hub.Get<Microsoft.Extensions.Options.IOptions<Hosting.HubOptions>>().Value.OutboxLease;

        // Attempt 1 is counted with its lease before the request; the PMS files the work order; the process dies.
        Assert.NotNull(await OutboxLease.TakeAsync(hub.Database, property.PortfolioId, id, lease, clock.GetUtcNow(), CancellationToken.None));
        pms.Created["CA-test:wo1"] = "WO77";
        Assert.Equal(0, await hub.Get<OutboxWorker>().DeliverDueAsync(CancellationToken.None)); // still leased by the dead process
        clock.Advance(lease + TimeSpan.FromSeconds(1));
        await hub.Get<OutboxWorker>().DeliverDueAsync(CancellationToken.None);

        var row = await RowAsync(hub, property.PortfolioId, id);
        Assert.Equal((OutboxStatus.Delivered, 2, "WO77"), (row.Status, row.Attempts, row.ExternalId));
        Assert.Equal((0, 1), (pms.CreateCalls, pms.FindCalls));
    }

    [Fact]
    public async Task An_error_retrying_cannot_fix_stops_at_once_with_the_reason_for_operators()
    {
        var (hub, property, pms, clock) = await PmsHub.StartAsync();
        await using var _ = hub;
        pms.CreateOutcomes.Enqueue(ProviderError.Permanent("unknown_unit", "the PMS has no unit 9Z"));
        var id = await QueueAsync(hub, property.PortfolioId);
        var worker = hub.Get<OutboxWorker>();

        await worker.DeliverDueAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(1));
        await worker.DeliverDueAsync(CancellationToken.None);

        var row = await RowAsync(hub, property.PortfolioId, id);
        Assert.Equal((OutboxStatus.Failed, 1, "unknown_unit: the PMS has no unit 9Z"), (row.Status, row.Attempts, row.LastError));
        Assert.Equal(1, pms.CreateCalls);
        var (_, listed) = await new Aipc(hub.DataPath).RunAsync("workorders", "list");
        Assert.Contains("unknown_unit: the PMS has no unit 9Z", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throttled_pms_is_not_asked_again_before_its_retry_after_and_an_old_row_is_dead_lettered()
    {
        var (hub, property, pms, clock) = await PmsHub.StartAsync();
        await using var _ = hub;
        pms.CreateOutcomes.Enqueue(ProviderError.Throttled("429 from the PMS", TimeSpan.FromSeconds(30)));
        var id = await QueueAsync(hub, property.PortfolioId);
        var worker = hub.Get<OutboxWorker>();

        await worker.DeliverDueAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(29));
        await worker.DeliverDueAsync(CancellationToken.None);
        Assert.Equal(1, pms.CreateCalls);

        for (var i = 0; i < 400; i++)
        {
            pms.CreateOutcomes.Enqueue(ProviderError.Transient("pms_unavailable", "503"));
        }

        var requests = 0;
        while (clock.GetUtcNow() < PmsHub.Start + TimeSpan.FromHours(25))
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            requests += await worker.DeliverDueAsync(CancellationToken.None);
        }

        var row = await RowAsync(hub, property.PortfolioId, id);
        Assert.Equal(OutboxStatus.Dead, row.Status);
        Assert.InRange(pms.CreateCalls, 280, 300); // 2 s doubling to a 5-minute cap over 24 h: no retry storm
    }

    private static async Task<Guid> QueueAsync(TestHub hub, Guid portfolioId)
    {
        var now = hub.Get<TimeProvider>().GetUtcNow();
        var id = Guid.CreateVersion7();
        await using var db = hub.Database.Open(PortfolioScope.For(portfolioId));
        db.Outbox.Add(new OutboxRecord
        {
            PortfolioId = portfolioId, Id = id, Kind = OutboxKinds.WorkOrder, Subject = "CA-test", CorrelationKey = "CA-test:wo1",
            PayloadJson = new WorkOrderPayload("maple-court", "1A", "t1", "plumbing", "emergency", false, "Leak under the sink", "Leak under the sink",
                "+16175551000", now, "WO-TEST01").ToJson(),
            Status = OutboxStatus.Pending, NextAttemptAt = now, CreatedAt = now, UpdatedAt = now,
        });
        await db.SaveChangesAsync();
        return id;
    }

    private static async Task<OutboxRecord> RowAsync(TestHub hub, Guid portfolioId, Guid id)
    {
        await using var db = hub.Database.Open(PortfolioScope.For(portfolioId));
        return await db.Outbox.AsNoTracking().SingleAsync(o => o.Id == id);
    }
}
