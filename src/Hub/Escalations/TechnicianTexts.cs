using System.Text.Json;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Residents;
using AiPhoneCoverage.Hub.Sla;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>
/// Texts from the portfolio's on-call contacts (<see cref="PageCommand"/>): accept a page, report arrival, report the
/// emergency contained. Each gets a short answer by text. Runs in the inbound-SMS webhook's transaction; a text from a
/// number that is not a contact is left alone (it is audited as received).
/// </summary>
internal sealed class TechnicianTexts(PageAcknowledgements acknowledgements, PhoneNumberNormalizer phones, TimeProvider time)
{
    public const string Help = "Reply ACK <code> to accept a page, ONSITE <code> when you arrive, DONE <code> once it is contained.";

    /// <summary>Handles the text; false when the sender is not one of the portfolio's contacts.</summary>
    public async Task<bool> HandleAsync(HubDbContext db, SmsReceived sms, CancellationToken cancellationToken)
    {
        var sender = phones.NormalizeOrNull(sms.From);
        var contact = sender is null ? null : await db.OnCallContacts.AsNoTracking().FirstOrDefaultAsync(c => c.Phone == sender, cancellationToken);
        if (contact is null)
        {
            return false;
        }

        var command = PageCommand.Parse(sms.Body);
        var answer = command.Kind switch
        {
            PageCommand.Ack => await AcceptAsync(db, contact, command.Code, cancellationToken),
            PageCommand.OnSite => await ReportAsync(db, contact, command.Code, SlaPolicy.OnSite, "technician_on_site", cancellationToken),
            PageCommand.Done => await ReportAsync(db, contact, command.Code, SlaPolicy.Contained, "work_contained", cancellationToken),
            _ => Help,
        };
        if (answer is not null)
        {
            OutboxQueue.Sms(db, db.Scope.PortfolioId, sms.CallId, $"{sms.CallId}:answer", new SmsPayload(sms.To, sender!, answer), time.GetUtcNow());
        }

        return true;
    }

    private async Task<string?> AcceptAsync(HubDbContext db, OnCallContactRecord contact, string? code, CancellationToken cancellationToken)
    {
        EscalationRecord? escalation;
        if (code is not null)
        {
            escalation = await db.Escalations.Where(e => e.AckCode == code).OrderByDescending(e => e.StartedAt).FirstOrDefaultAsync(cancellationToken);
            if (escalation is null)
            {
                return $"No page has the code {code}. {Help}";
            }
        }
        else
        {
            var pending = await PendingForAsync(db, contact.Phone, cancellationToken);
            if (pending.Count == 0)
            {
                return "No page is waiting for you.";
            }

            if (pending.Count > 1)
            {
                return $"You have {pending.Count} pages waiting. Reply " + string.Join(" or ", pending.Select(e => $"ACK {e.AckCode} for {e.WorkOrderRef} ({PageTexts.Place(e)}, {e.Trade})")) + ".";
            }

            escalation = pending[0];
        }

        var outcome = await acknowledgements.AcknowledgeAsync(db, escalation, new Acknowledgement(contact.Code, contact.Name, EscalationChannels.Sms), cancellationToken);
        return outcome switch
        {
            AckOutcome.Accepted => null, // the escalation texts the acceptance itself, with what to do next
            AckOutcome.AlreadyAccepted when escalation.AcknowledgedBy == contact.Code => $"You have already accepted {escalation.WorkOrderRef}.",
            AckOutcome.AlreadyAccepted => $"{escalation.WorkOrderRef} was already accepted by someone else. No action needed.",
            _ => $"{escalation.WorkOrderRef} is no longer paging. Call the office if you can still help.",
        };
    }

    private async Task<string> ReportAsync(HubDbContext db, OnCallContactRecord contact, string? code, string target, string kind, CancellationToken cancellationToken)
    {
        var mine = db.Escalations.Where(e => e.Status == EscalationStatus.Acknowledged && e.AcknowledgedBy == contact.Code);
        var escalation = code is null
            ? await mine.OrderByDescending(e => e.StartedAt).FirstOrDefaultAsync(cancellationToken)
            : await mine.FirstOrDefaultAsync(e => e.AckCode == code, cancellationToken);
        if (escalation is null)
        {
            return code is null ? "You have no accepted work order to report on." : $"You have no accepted work order with the code {code}.";
        }

        var now = time.GetUtcNow();
        var met = await SlaClocks.MeetAsync(db, escalation.WorkOrderId, target, now, cancellationToken);
        db.AuditEntries.Add(new AuditEntryRecord
        {
            PortfolioId = escalation.PortfolioId, Id = AuditIds.Next(now), Subject = escalation.Subject, At = now, Kind = kind,
            Detail = JsonSerializer.Serialize(new { reference = escalation.WorkOrderRef, by = contact.Code, slaClocks = met.Count }, AuditJson.Options),
        });
        return $"Thanks, {escalation.WorkOrderRef} is marked {(target == SlaPolicy.OnSite ? "on site" : "contained")}.";
    }

    private static async Task<List<EscalationRecord>> PendingForAsync(HubDbContext db, string phone, CancellationToken cancellationToken) =>
        await db.Escalations
            .Where(e => e.Status == EscalationStatus.Paging && db.EscalationSteps.Any(s => s.EscalationId == e.Id && s.Phone == phone))
            .OrderBy(e => e.StartedAt)
            .ToListAsync(cancellationToken);
}
