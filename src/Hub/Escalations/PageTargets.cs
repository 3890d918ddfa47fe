using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Routing;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>Who a tier pages now: asks the on-call schedule of the escalation's property and trade at the moment of paging.</summary>
internal sealed class PageTargets(OnCallService onCall)
{
    public async Task<(OnCallContact? Contact, string? Why)> ResolveAsync(
        HubDbContext db, PropertyRef property, string trade, EscalationTarget target, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (target.Kind == EscalationTarget.Contact)
        {
            var record = await db.OnCallContacts.AsNoTracking().SingleOrDefaultAsync(c => c.Code == target.ContactCode, cancellationToken);
            return record is null
                ? (null, $"contact '{target.ContactCode}' is not in the portfolio")
                : (new OnCallContact(record.Id, record.Code, record.Name, record.Phone, record.Email, WireEnum.Parse<ContactRole>(record.Role)), null);
        }

        var answer = await onCall.WhoIsOnCallAsync(property, trade, now, cancellationToken);
        return target.Kind switch
        {
            EscalationTarget.OnCall => (answer.Contact, answer.Contact is null ? answer.Reason ?? "nobody is on call" : null),
            EscalationTarget.Backup => (answer.Next, answer.Next is null ? "the rotation has no next member" : null),
            EscalationTarget.Supervisor => Role(answer, ContactRole.Supervisor),
            _ => Role(answer, ContactRole.Manager),
        };
    }

    private static (OnCallContact?, string?) Role(OnCallAnswer answer, ContactRole role) =>
        answer.Escalation.FirstOrDefault(c => c.Role == role) is { } contact
            ? (contact, null)
            : (null, $"the rotation names no {role.ToString().ToLowerInvariant()}");
}
