using System.Data.Common;
using System.Globalization;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Calls;

/// <summary>
/// Every telephony webhook goes through here: the provider verifies the signature with the portfolio's account (a
/// forged or unsigned request gets 403, a security log line, and changes nothing), the event's key is looked up among
/// the receipts (a duplicate gets the first answer byte for byte), and the event is handled in one transaction with its
/// receipt. The whole answer is bounded by <see cref="HubOptions.WebhookDeadline"/>; past it, or without a database, the
/// caller gets the degraded answer.
/// </summary>
internal sealed partial class CallWebhooks(
    HubDatabase database,
    PortfolioIds portfolios,
    TelephonyAccounts accounts,
    IServiceProvider services,
    CallConversation conversation,
    Escalations.TechnicianTexts technicianTexts,
    Escalations.VoicePageReplies voicePages,
    DegradedCallResponses degraded,
    IOptions<HubOptions> options,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<CallWebhooks> logger)
{
    private const int Attempts = 3;

    public async Task<WebhookReply> HandleAsync(string provider, string portfolioCode, TelephonyWebhook webhook, string? remoteAddress, CancellationToken cancellationToken)
    {
        var telephony = services.GetKeyedService<ITelephonyProvider>("telephony." + provider);
        var account = accounts.For(portfolioCode);
        var routes = new CallRoutes($"/telephony/{provider}/{portfolioCode}");
        if (telephony is null)
        {
            return WebhookReply.Text(404, "not found");
        }

        if (account is null)
        {
            LogRejected(logger, provider, portfolioCode, webhook.Kind, "no telephony account is configured for this portfolio", remoteAddress);
            return WebhookReply.Text(403, "forbidden");
        }

        var parsed = telephony.ParseWebhook(account, webhook);
        if (!parsed.IsSuccess)
        {
            if (parsed.Error.Code == "malformed")
            {
                return WebhookReply.Text(400, parsed.Error.Message);
            }

            LogRejected(logger, provider, portfolioCode, webhook.Kind, parsed.Error.Code, remoteAddress);
            return WebhookReply.Text(403, "forbidden");
        }

        var callEvent = parsed.Value;

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.WebhookDeadline);
        try
        {
            var portfolioId = await portfolios.FindAsync(portfolioCode, deadline.Token);
            if (portfolioId is null)
            {
                return WebhookReply.Text(404, "not found");
            }

            // On a thread of its own: SQLite waits for a busy lock synchronously, and the deadline must hold even then.
            var work = Task.Run(() => ProcessAsync(portfolioId.Value, callEvent, webhook, account, telephony, routes, deadline.Token), deadline.Token);
            var reply = await work.WaitAsync(options.Value.WebhookDeadline, cancellationToken);
            return reply ?? Render(telephony, account, degraded.For(callEvent, webhook.Form.GetValueOrDefault("To")), routes);
        }
        catch (Exception ex) when (ex is DbException or DbUpdateException or TimeoutException or InvalidOperationException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogDegraded(logger, portfolioCode, webhook.Kind, ex.GetType().Name);
            return Render(telephony, account, degraded.For(callEvent, webhook.Form.GetValueOrDefault("To")), routes);
        }
    }

    private async Task<WebhookReply?> ProcessAsync(
        Guid portfolioId, CallEvent callEvent, TelephonyWebhook webhook, TelephonyAccount account, ITelephonyProvider telephony, CallRoutes routes, CancellationToken cancellationToken)
    {
        var key = webhook.Kind == WebhookKind.Reply ? $"{callEvent.CallId}:reply" : CallEventKeys.For(callEvent);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = database.Open(PortfolioScope.For(portfolioId));
            if (await db.WebhookReceipts.AsNoTracking().FirstOrDefaultAsync(r => r.EventKey == key, cancellationToken) is { } receipt)
            {
                return new WebhookReply(receipt.ResponseStatus, receipt.ResponseContentType, receipt.ResponseBody);
            }

            using var writer = await database.EnterWriterAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var reply = await HandleEventAsync(db, callEvent, webhook, account, telephony, routes, key, cancellationToken);
            if (reply is null || reply.Status >= 400)
            {
                return reply; // refused: nothing is written, not even a receipt
            }

            db.WebhookReceipts.Add(new WebhookReceiptRecord
            {
                PortfolioId = portfolioId, EventKey = key, CallSid = callEvent.CallId, ResponseStatus = reply.Status,
                ResponseContentType = reply.ContentType, ResponseBody = reply.Body, ReceivedAt = time.GetUtcNow(),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return reply;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another delivery of this webhook committed first (its receipt answers on the next pass), or another
                // webhook of the same call moved it on (the event is handled again on the new state).
                await transaction.RollbackAsync(CancellationToken.None);
            }
        }
    }

    private async Task<WebhookReply?> HandleEventAsync(
        HubDbContext db, CallEvent callEvent, TelephonyWebhook webhook, TelephonyAccount account, ITelephonyProvider telephony, CallRoutes routes, string key, CancellationToken cancellationToken)
    {
        if (callEvent is SmsReceived sms)
        {
            db.AuditEntries.Add(new AuditEntryRecord
            {
                PortfolioId = db.Scope.PortfolioId, Id = AuditIds.Next(time.GetUtcNow()), Subject = sms.CallId, At = time.GetUtcNow(),
                Kind = "sms_received", Detail = $$"""{"length":{{sms.Body.Length}}}""",
            });
            await technicianTexts.HandleAsync(db, sms, cancellationToken);
            return Render(telephony, account, [], routes);
        }

        if (webhook.Kind == WebhookKind.Reply && callEvent is CallerAnswered pressed)
        {
            var step = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://hub" + webhook.PathAndQuery).Query).GetValueOrDefault("step").ToString();
            return Render(telephony, account, await voicePages.AnswerAsync(db, pressed, step, cancellationToken), routes);
        }

        if (callEvent is CallStarted started)
        {
            var actions = await conversation.StartAsync(db, started, ClockOverride(webhook.PathAndQuery), cancellationToken);
            if (actions is null)
            {
                // A validly signed call to a number this portfolio does not have: another tenant's, or none.
                LogRejected(logger, "telephony", db.Scope.PortfolioId.ToString(), webhook.Kind, "the called number is not one of this portfolio's", null);
                return WebhookReply.Text(403, "forbidden");
            }

            var call = db.Calls.Local.Single(c => c.CallSid == started.CallId);
            conversation.Audit(db, call, "webhook", new { key });
            call.LastResponseKey = key;
            return Render(telephony, account, actions, routes);
        }

        var existing = await db.Calls.SingleOrDefaultAsync(c => c.CallSid == callEvent.CallId, cancellationToken);
        if (existing is null)
        {
            return callEvent is CallStatusChanged ? Render(telephony, account, [], routes) : Render(telephony, account, [new Hangup()], routes);
        }

        conversation.Audit(db, existing, "webhook", new { key });
        switch (callEvent)
        {
            case CallerAnswered answered when answered.Turn != existing.AwaitedTurn || CallStatusOrder.IsFinal(existing.Status):
                // A stale or replayed answer: the caller hears the hub's latest prompt again and nothing moves.
                conversation.Audit(db, existing, "stale_answer", new { turn = answered.Turn, awaited = existing.AwaitedTurn });
                return existing.LastResponseKey is { } last
                    && await db.WebhookReceipts.AsNoTracking().FirstOrDefaultAsync(r => r.EventKey == last, cancellationToken) is { } previous
                    ? new WebhookReply(previous.ResponseStatus, previous.ResponseContentType, previous.ResponseBody)
                    : Render(telephony, account, [new Hangup()], routes);
            case CallerAnswered answered:
                var actions = await conversation.AnswerAsync(db, existing, answered, cancellationToken);
                existing.LastResponseKey = key;
                return Render(telephony, account, actions, routes);
            case CallStatusChanged status:
                ApplyStatus(db, existing, status);
                return Render(telephony, account, [], routes);
            case RecordingReceived recording:
                conversation.Audit(db, existing, "message_recorded", new { recording = recording.RecordingUrl, seconds = recording.DurationSeconds });
                return Render(telephony, account, [new Say("Thank you, the office will get back to you."), new Hangup()], routes);
            default:
                return WebhookReply.Text(400, "unsupported event");
        }
    }

    private void ApplyStatus(HubDbContext db, CallRecord call, CallStatusChanged status)
    {
        if (!CallStatusOrder.Advances(call.Status, status.Status))
        {
            conversation.Audit(db, call, "status_ignored", new { status = status.Status, current = call.Status, sequence = status.SequenceNumber });
            return;
        }

        conversation.Audit(db, call, "status", new { from = call.Status, to = status.Status, sequence = status.SequenceNumber });
        call.Status = status.Status;
        call.UpdatedAt = time.GetUtcNow();
        call.Revision++;
        if (CallStatusOrder.IsFinal(status.Status))
        {
            call.EndedAt = call.UpdatedAt;
        }
    }

    private TimeOnly? ClockOverride(string pathAndQuery)
    {
        // `aipc call --at`: demo and drills only, never on a hub serving real numbers.
        if (!configuration.GetValue("Telephony:AllowClockOverride", configuration.GetValue("Simulators:Enabled", true)))
        {
            return null;
        }

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://hub" + pathAndQuery).Query);
        return query.TryGetValue("at", out var at) && TimeOnly.TryParse(at.ToString(), CultureInfo.InvariantCulture, out var time) ? time : null;
    }

    private static WebhookReply Render(ITelephonyProvider telephony, TelephonyAccount account, IReadOnlyList<CallAction> actions, CallRoutes routes)
    {
        var rendered = telephony.Render(account, actions, routes);
        return new WebhookReply(200, rendered.ContentType, rendered.Body);
    }

    [LoggerMessage(EventId = 4031, Level = LogLevel.Warning,
        Message = "Security: rejected a {Provider} {Kind} webhook for portfolio {Portfolio}: {Reason} (from {RemoteAddress})")]
    private static partial void LogRejected(ILogger logger, string provider, string portfolio, WebhookKind kind, string reason, string? remoteAddress);

    [LoggerMessage(Level = LogLevel.Error, Message = "A {Kind} webhook for portfolio {Portfolio} got the degraded answer ({Error})")]
    private static partial void LogDegraded(ILogger logger, string portfolio, WebhookKind kind, string error);
}
