using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>
/// Accepts a page by resuming the escalation's WaitForAcknowledgement. If its timeout fires at the same instant, the two
/// transactions touch the same instance row and timer: one commits, the other gets a concurrency conflict and is tried
/// again on the new state (an acknowledgement then ends the next tier's wait), so each page ends one way only.
/// </summary>
internal sealed class PageAcknowledgements(WorkflowRunner runner, HubDatabase database)
{
    private const int Attempts = 3;

    /// <summary>In the caller's unit of work (an inbound text's or key press's webhook, which retries on a conflict).</summary>
    public async Task<AckOutcome> AcknowledgeAsync(HubDbContext db, EscalationRecord escalation, Acknowledgement acknowledgement, CancellationToken cancellationToken)
    {
        if (escalation.Status != EscalationStatus.Paging)
        {
            return escalation.Status == EscalationStatus.Acknowledged ? AckOutcome.AlreadyAccepted : AckOutcome.Ended;
        }

        var result = await runner.ResumeNextAsync(db, escalation.InstanceId, acknowledgement.ToResumeInput(), cancellationToken);
        return result == ResumeResult.Resumed && escalation.Status == EscalationStatus.Acknowledged ? AckOutcome.Accepted : AckOutcome.Ended;
    }

    /// <summary>Accepts a page as its paged contact, in a transaction of its own (a signed link); null when the page is unknown.</summary>
    public async Task<(AckOutcome Outcome, string Reference)?> AcknowledgePageAsync(Guid portfolioId, Guid stepId, string via, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = database.Open(PortfolioScope.For(portfolioId));
            using var writer = await database.EnterWriterAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var step = await db.EscalationSteps.AsNoTracking().SingleOrDefaultAsync(s => s.Id == stepId, cancellationToken);
            var escalation = step is null ? null : await db.Escalations.SingleOrDefaultAsync(e => e.Id == step.EscalationId, cancellationToken);
            if (step?.ContactCode is null || escalation is null)
            {
                return null;
            }

            var outcome = await AcknowledgeAsync(db, escalation, new Acknowledgement(step.ContactCode, step.ContactName ?? step.ContactCode, via), cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return (outcome, escalation.WorkOrderRef);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // The page's timeout fired at the same moment: try again on the new state.
            }
        }
    }
}
