using System.Globalization;
using System.Text.RegularExpressions;
using AiPhoneCoverage.Simulators;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using CsCheck;

namespace AiPhoneCoverage.Hub.Tests.Calls;

/// <summary>
/// Twilio delivers at least once and in no promised order: every webhook of a five-turn call delivered once or twice
/// (the repeat right away or at the very end), with the status callbacks in reverse order, ends in the same call state
/// and transcript as one in-order delivery (reliability.md T2). CsCheck generates the schedules and shrinks a failure.
/// </summary>
public sealed partial class DeliveryScheduleTests
{
    private static readonly string[] Turns = ["there's water under my sink", string.Empty, "yes it's still pouring out"];
    private static readonly string[] Statuses = ["ringing", "in-progress", "completed"];

    private CallHub _hub = null!;

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task Duplicated_and_reordered_deliveries_end_as_one_in_order_delivery(Provider provider)
    {
        await using var hub = _hub = await CallHub.StartAsync(provider: provider);
        var expected = await OutcomeAsync(new Schedule([1, 1, 1, 1], [false, false, false, false], [1, 1, 1], Reversed: false));
        Assert.Equal("completed", expected.Status);
        Assert.Equal("emergency", expected.Urgency);

        var schedules =
            from copies in Gen.Int[1, 2].Array[4]
            from late in Gen.Bool.Array[4]
            from statusCopies in Gen.Int[1, 2].Array[3]
            select new Schedule(copies, late, statusCopies, Reversed: true);
        await schedules.SampleAsync(async schedule => Assert.Equal(expected, await OutcomeAsync(schedule)), iter: 20, threads: 1);
    }

    private async Task<Outcome> OutcomeAsync(Schedule schedule)
    {
        var sid = "CA" + Guid.NewGuid().ToString("N");
        var conversation = new List<SignedWebhook> { Webhook(TwilioWebhookKind.IncomingCall, "/telephony/twilio/demo/voice", sid, "ringing", null) };
        conversation.AddRange(Turns.Select((turn, i) =>
            Webhook(TwilioWebhookKind.GatherAction, $"/telephony/twilio/demo/gather?turn={(i + 1).ToString(CultureInfo.InvariantCulture)}", sid, "in-progress", turn)));
        var statuses = (schedule.Reversed ? Statuses.Reverse() : Statuses)
            .Select(s => Webhook(TwilioWebhookKind.StatusCallback, "/telephony/twilio/demo/status", sid, s, null)).ToList();

        var answers = new Dictionary<string, string>();
        var deliveries = new List<(SignedWebhook Webhook, int Copies)>();
        var lateRepeats = new List<SignedWebhook>();
        for (var i = 0; i < conversation.Count; i++)
        {
            deliveries.Add((conversation[i], schedule.Late[i] ? 1 : schedule.Copies[i]));
            if (schedule.Late[i] && schedule.Copies[i] == 2)
            {
                lateRepeats.Add(conversation[i]);
            }
        }

        deliveries.AddRange(statuses.Select((s, i) => (s, schedule.StatusCopies[i])));
        foreach (var webhook in deliveries.SelectMany(d => Enumerable.Repeat(d.Webhook, d.Copies)).Concat(lateRepeats))
        {
            var exchange = await _hub.Caller.SendAsync(webhook);
            Assert.Equal(200, exchange.StatusCode);
            var key = webhook.Url.PathAndQuery + "|" + string.Join("&", webhook.Parameters.Where(p => p.Key == "CallStatus").Select(p => p.Value));
            Assert.Equal(answers.TryAdd(key, exchange.ResponseBody) ? exchange.ResponseBody : answers[key], exchange.ResponseBody);
        }

        var report = (await _hub.ReportAsync(sid))!;
        return new Outcome(
            report.Status, report.Triage?.Category, report.Triage?.Urgency, report.Triage?.Rule, report.UnitCode,
            string.Join(" | ", report.Transcript.Select(l => $"{l.Speaker}: {Reference().Replace(l.Text, "REF")}")),
            report.WorkOrders.Count, report.Notifications.Count);
    }

    private SignedWebhook Webhook(TwilioWebhookKind kind, string path, string sid, string status, string? speech)
    {
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("CallSid", sid), new("AccountSid", _hub.Account.AccountId), new("From", CallHub.Maria), new("To", CallHub.MapleCourt),
            new("CallStatus", status), new("Direction", "inbound"), new("ApiVersion", "2010-04-01"),
        };
        if (speech is not null)
        {
            parameters.Add(new("SpeechResult", speech));
            parameters.Add(new("Confidence", "0.9"));
        }

        return SignedWebhook.Create(kind, _hub.Url(path), parameters, _hub.Account.AuthToken);
    }

    [GeneratedRegex("reference is [A-Z0-9 ]+")]
    private static partial Regex Reference();

    private sealed record Schedule(int[] Copies, bool[] Late, int[] StatusCopies, bool Reversed)
    {
        public override string ToString() =>
            $"copies [{string.Join(",", Copies)}] late [{string.Join(",", Late)}] status copies [{string.Join(",", StatusCopies)}] reversed {Reversed}";
    }

    private sealed record Outcome(string Status, string? Category, string? Urgency, string? Rule, string? Unit, string Transcript, int WorkOrders, int Notifications);
}
