using AiPhoneCoverage.Simulators;
using Microsoft.Data.Sqlite;

namespace AiPhoneCoverage.Hub.Tests.Calls;

/// <summary>
/// When the database cannot take the turn (here: another connection holds SQLite's write lock), the caller still gets
/// an answer within the webhook deadline: the life-safety instructions and the emergency line for life-safety words,
/// otherwise a recorded message. The deadline is shortened to one second for the test.
/// </summary>
public sealed class DegradedAnswerTests : IAsyncLifetime
{
    private CallHub _hub = null!;

    public async Task InitializeAsync() => _hub = await CallHub.StartAsync(new Dictionary<string, string?> { ["Hub:WebhookDeadline"] = "00:00:01" });

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Without_the_database_gas_gets_the_instructions_and_the_emergency_line_and_anything_else_a_message()
    {
        var gas = await StartCallAsync();
        var drip = await StartCallAsync();
        await using var blocker = new SqliteConnection($"Data Source={Path.Combine(_hub.DataPath, "hub.db")}");
        await blocker.OpenAsync();
        await using (var begin = blocker.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            await begin.ExecuteNonQueryAsync();
        }

        var gasAnswer = await _hub.Caller.SendAsync(Gather(gas, "I smell gas in the hallway"));
        var dripAnswer = await _hub.Caller.SendAsync(Gather(drip, "my kitchen faucet drips"));
        var newCall = await _hub.Caller.SendAsync(Voice("CA" + Guid.NewGuid().ToString("N")));

        // Every answer came while the lock was still held, so none of them could wait for the database (how soon the
        // deadline answers is a figure for benchmarks, not a test).
        Assert.Contains("If you smell gas, leave the building now.", gasAnswer.ResponseBody, StringComparison.Ordinal);
        Assert.Matches($"<Dial[^>]*><Number>\\{CallHub.MapleCourtEmergencyLine}</Number></Dial>", gasAnswer.ResponseBody);
        Assert.Contains("<Record", dripAnswer.ResponseBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<Dial", dripAnswer.ResponseBody, StringComparison.Ordinal);
        Assert.Contains("having trouble", newCall.ResponseBody, StringComparison.Ordinal);
        Assert.Contains("<Record", newCall.ResponseBody, StringComparison.Ordinal);
    }

    private async Task<string> StartCallAsync()
    {
        var sid = "CA" + Guid.NewGuid().ToString("N");
        var answer = await _hub.Caller.SendAsync(Voice(sid));
        Assert.Contains("How can I help you today?", answer.ResponseBody, StringComparison.Ordinal);
        return sid;
    }

    private SignedWebhook Voice(string sid) => SignedWebhook.Create(TwilioWebhookKind.IncomingCall, _hub.Url("/telephony/twilio/demo/voice"), Parameters(sid, "ringing"), _hub.Account.AuthToken);

    private SignedWebhook Gather(string sid, string speech) => SignedWebhook.Create(TwilioWebhookKind.GatherAction, _hub.Url("/telephony/twilio/demo/gather?turn=1"),
        [.. Parameters(sid, "in-progress"), new("SpeechResult", speech), new("Confidence", "0.9")], _hub.Account.AuthToken);

    private List<KeyValuePair<string, string>> Parameters(string sid, string status) =>
    [
        new("CallSid", sid), new("AccountSid", _hub.Account.AccountId), new("From", CallHub.Maria), new("To", CallHub.MapleCourt),
        new("CallStatus", status), new("Direction", "inbound"), new("ApiVersion", "2010-04-01"),
    ];
}
