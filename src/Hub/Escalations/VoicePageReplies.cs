using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>
/// The key pressed on a page's notification call ("press 1 to accept"), posted to the reply route with the page's step
/// in the query. 1 accepts the page as the paged contact; anything else leaves it paging.
/// </summary>
internal sealed class VoicePageReplies(PageAcknowledgements acknowledgements)
{
    public async Task<IReadOnlyList<CallAction>> AnswerAsync(Storage.HubDbContext db, CallerAnswered answered, string? step, CancellationToken cancellationToken)
    {
        var page = Guid.TryParseExact(step, "N", out var stepId)
            ? await db.EscalationSteps.AsNoTracking().SingleOrDefaultAsync(s => s.Id == stepId, cancellationToken)
            : null;
        var escalation = page is null ? null : await db.Escalations.SingleOrDefaultAsync(e => e.Id == page.EscalationId, cancellationToken);
        if (page is null || escalation is null)
        {
            return [new Say("This page is not known. Goodbye."), new Hangup()];
        }

        if (answered.Digits.Trim() != "1")
        {
            return [new Say($"You did not accept. Work order {Spell(escalation.WorkOrderRef)} is still open. Goodbye."), new Hangup()];
        }

        var outcome = await acknowledgements.AcknowledgeAsync(db, escalation, new Acknowledgement(page.ContactCode!, page.ContactName ?? page.ContactCode!, EscalationChannels.Voice), cancellationToken);
        return outcome switch
        {
            AckOutcome.Accepted => [new Say($"Thank you. You have accepted work order {Spell(escalation.WorkOrderRef)}. The details are in a text message. Goodbye."), new Hangup()],
            AckOutcome.AlreadyAccepted => [new Say("This work order was already accepted by someone else. No action is needed. Goodbye."), new Hangup()],
            _ => [new Say("This page has ended. Please call the office if you can still help. Goodbye."), new Hangup()],
        };
    }

    private static string Spell(string reference) => string.Join(' ', reference.Replace("-", string.Empty, StringComparison.Ordinal).ToCharArray());
}
