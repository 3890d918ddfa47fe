using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Workflows.Runtime;

namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>
/// Accepts a page in the caller's unit of work by resuming the escalation's WaitForAcknowledgement. If its timeout fires
/// at the same instant, the two transactions touch the same instance row and timer: one commits, the other gets a
/// concurrency conflict and is retried on the new state (an acknowledgement then ends the next tier's wait).
/// </summary>
internal sealed class PageAcknowledgements(WorkflowRunner runner)
{
    public async Task<AckOutcome> AcknowledgeAsync(HubDbContext db, EscalationRecord escalation, Acknowledgement acknowledgement, CancellationToken cancellationToken)
    {
        if (escalation.Status != EscalationStatus.Paging)
        {
            return escalation.Status == EscalationStatus.Acknowledged ? AckOutcome.AlreadyAccepted : AckOutcome.Ended;
        }

        var result = await runner.ResumeNextAsync(db, escalation.InstanceId, acknowledgement.ToResumeInput(), cancellationToken);
        return result == ResumeResult.Resumed && escalation.Status == EscalationStatus.Acknowledged ? AckOutcome.Accepted : AckOutcome.Ended;
    }
}
