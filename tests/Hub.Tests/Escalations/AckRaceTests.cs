using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Escalations;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Hub.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AiPhoneCoverage.Hub.Tests.Escalations;

/// <summary>
/// An acknowledgement and a page's timeout at the same instant, truly concurrent (the timer worker and the signed-link
/// acknowledgement in transactions of their own), on SQLite and PostgreSQL: every page ends one way only, every
/// escalation is acknowledged exactly once, and nothing is left waiting.
/// </summary>
public sealed class AckRaceTests
{
    private const int Escalations = 12;

    // 02:13 in Boston: the after-hours plumbing rotation answers.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 7, 13, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task An_acknowledgement_and_a_timeout_at_the_same_instant_produce_exactly_one_outcome(Provider provider)
    {
        await using var hub = await TestHub.StartAsync(provider, configure: s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));
        Assert.True((await hub.Get<PortfolioImporter>().ImportAsync(RepoPaths.DemoPortfolio, CancellationToken.None)).Succeeded);
        var portfolioId = (await hub.Get<PortfolioLookup>().FindAsync("demo", CancellationToken.None))!.Value;
        var firstPages = new List<(Guid Escalation, Guid Step)>();
        for (var i = 0; i < Escalations; i++)
        {
            firstPages.Add(await EscalationSeed.StartAsync(hub, portfolioId, $"CArace{i:D2}", _clock.GetUtcNow()));
        }

        _clock.Advance(TimeSpan.FromSeconds(45)); // every first page's timeout is due now
        var acknowledgements = hub.Get<PageAcknowledgements>();
        var timers = Task.Run(() => hub.Get<WorkflowTimerWorker>().FireDueAsync(CancellationToken.None));
        var acks = firstPages.Select(p => Task.Run(() => acknowledgements.AcknowledgePageAsync(portfolioId, p.Step, EscalationChannels.Link, CancellationToken.None))).ToList();
        await Task.WhenAll(acks.Cast<Task>().Append(timers));

        await using var db = hub.Database.Open(PortfolioScope.For(portfolioId));
        var escalations = await db.Escalations.AsNoTracking().Include(e => e.Steps).ToListAsync();
        var trail = await db.AuditEntries.AsNoTracking().Where(a => a.Kind == "page_acknowledged" || a.Kind == "page_timed_out").ToListAsync();
        Assert.Equal(Escalations, escalations.Count);
        foreach (var escalation in escalations)
        {
            Assert.Equal(EscalationStatus.Acknowledged, escalation.Status);
            Assert.Single(trail, a => a.Subject == escalation.Subject && a.Kind == "page_acknowledged");
            Assert.All(escalation.Steps, s => Assert.True(s.AcknowledgedAt is null != s.TimedOutAt is null, $"step {s.Number} of {escalation.Subject} ended both ways or not at all"));
            Assert.Single(escalation.Steps, s => s.AcknowledgedAt is not null);
            var first = escalation.Steps.Single(s => s.Number == 1);
            Assert.Equal(first.TimedOutAt is null ? 1 : 2, escalation.Steps.Count); // a timeout that won paged the next tier once
        }

        Assert.Equal(0, await db.WorkflowTimers.CountAsync());
        Assert.Equal(Escalations, await db.WorkflowInstances.CountAsync(i => i.DefinitionId == EscalationStarter.DefinitionId && i.Status == WorkflowStatus.Finished));
    }
}
