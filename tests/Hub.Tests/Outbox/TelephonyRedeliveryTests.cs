using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Calls;
using AiPhoneCoverage.Hub.Tests.Escalations;
using AiPhoneCoverage.Simulators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.Hub.Tests.Outbox;

/// <summary>
/// Twilio has no idempotency key, so a text or page call whose first attempt may have reached it is looked up in
/// Twilio's own list before it is sent again: the whole hub, the real Twilio plugin and the Twilio simulator (which,
/// like Twilio, records every request it accepts) on a fake clock.
/// </summary>
public sealed class TelephonyRedeliveryTests
{
    private const string Ben = "+16175550102";

    [Fact]
    public async Task A_text_twilio_recorded_before_the_connection_dropped_is_found_in_its_list_and_not_sent_again()
    {
        await using var hub = await EscalationHub.StartAsync();
        hub.Twilio.InjectFault(TwilioFault.CreatedThenDropped(), 1);

        var row = await DeliveredAsync(hub, await QueueAsync(hub, OutboxKinds.Sms, "drill:text", new SmsPayload(CallHub.MapleCourt, Ben, "Drill: the text that went out once").ToJson()));

        var sent = Assert.Single(hub.Twilio.Messages, m => m.To == Ben);
        Assert.Equal((OutboxStatus.Delivered, 2, sent.Sid), (row.Status, row.Attempts, row.ExternalId));
    }

    [Fact]
    public async Task A_page_call_twilio_recorded_before_the_connection_dropped_is_found_in_its_list_and_not_placed_again()
    {
        await using var hub = await EscalationHub.StartAsync();
        hub.Twilio.InjectFault(TwilioFault.CreatedThenDropped(), 1);

        var payload = new PageCallPayload(CallHub.MapleCourt, Ben, "Drill page. Press 1 to accept.", "/telephony/twilio/demo/reply?step=0").ToJson();
        var row = await DeliveredAsync(hub, await QueueAsync(hub, OutboxKinds.PageCall, "drill:voice", payload));

        var placed = Assert.Single(hub.Twilio.Calls, c => c.To == Ben);
        Assert.Equal((OutboxStatus.Delivered, 2, placed.Sid), (row.Status, row.Attempts, row.ExternalId));
    }

    [Fact]
    public async Task Two_page_calls_to_one_phone_both_in_doubt_are_each_placed_never_one_taken_for_the_other()
    {
        await using var hub = await EscalationHub.StartAsync();
        hub.Twilio.InjectFault(TwilioFault.CreatedThenDropped(), 2);
        string Payload(string reference) => new PageCallPayload(CallHub.MapleCourt, Ben, $"Drill page for {reference}. Press 1 to accept.", "/telephony/twilio/demo/reply?step=0").ToJson();

        var first = await QueueAsync(hub, OutboxKinds.PageCall, "drill:a:voice", Payload("WO-A"));
        var second = await QueueAsync(hub, OutboxKinds.PageCall, "drill:b:voice", Payload("WO-B"));
        var rows = new[] { await DeliveredAsync(hub, first), await DeliveredAsync(hub, second) };

        Assert.All(rows, r => Assert.Equal(OutboxStatus.Delivered, r.Status));
        Assert.All(new[] { "drill:a:voice", "drill:b:voice" }, key => Assert.Contains(hub.Twilio.Calls, c => c.IdempotencyToken == key));
        Assert.NotEqual(rows[0].ExternalId, rows[1].ExternalId);
    }

    [Fact]
    public async Task A_text_twilio_refused_without_recording_is_not_in_its_list_and_is_sent_once_on_the_retry()
    {
        await using var hub = await EscalationHub.StartAsync();
        hub.Twilio.InjectFault(TwilioFault.ServerError(), 1);

        var row = await DeliveredAsync(hub, await QueueAsync(hub, OutboxKinds.Sms, "drill:retry", new SmsPayload(CallHub.MapleCourt, Ben, "Drill: sent on the retry").ToJson()));

        var sent = Assert.Single(hub.Twilio.Messages, m => m.To == Ben);
        Assert.Equal((OutboxStatus.Delivered, 2, sent.Sid), (row.Status, row.Attempts, row.ExternalId));
    }

    [Fact]
    public async Task A_message_another_row_already_holds_is_not_taken_for_this_one()
    {
        await using var hub = await EscalationHub.StartAsync();
        var text = "Drill: the same words twice";
        var first = await DeliveredAsync(hub, await QueueAsync(hub, OutboxKinds.Sms, "drill:same:1", new SmsPayload(CallHub.MapleCourt, Ben, text).ToJson()));
        hub.Twilio.InjectFault(TwilioFault.ServerError(), 1);

        var second = await DeliveredAsync(hub, await QueueAsync(hub, OutboxKinds.Sms, "drill:same:2", new SmsPayload(CallHub.MapleCourt, Ben, text).ToJson()));

        Assert.Equal(2, hub.Twilio.Messages.Count(m => m.To == Ben && m.Body == text));
        Assert.NotEqual(first.ExternalId, second.ExternalId);
    }

    private static async Task<Guid> QueueAsync(EscalationHub hub, string kind, string key, string payload)
    {
        var services = hub.Calls.Hub.App.Services;
        var portfolioId = (await services.GetRequiredService<PortfolioLookup>().FindAsync("demo", CancellationToken.None))!.Value;
        await using var db = hub.Calls.Database.Open(PortfolioScope.For(portfolioId));
        var row = OutboxQueue.Add(db, portfolioId, kind, "CA-redelivery", key, payload, hub.Clock.GetUtcNow());
        await db.SaveChangesAsync();
        return row.Id;
    }

    /// <summary>Moves the fake clock in small steps, letting the running hub's outbox work, until the row is settled.</summary>
    private static async Task<OutboxRecord> DeliveredAsync(EscalationHub hub, Guid id)
    {
        for (var step = 0; step < 2400; step++)
        {
            await using (var db = hub.Calls.Database.Open(PortfolioScope.System))
            {
                var row = await db.Outbox.AsNoTracking().SingleAsync(o => o.Id == id);
                if (OutboxStatus.IsSettled(row.Status))
                {
                    return row;
                }
            }

            hub.Clock.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(25);
        }

        throw new TimeoutException("the outbox did not settle the row");
    }
}
