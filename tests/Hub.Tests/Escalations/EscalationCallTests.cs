using AiPhoneCoverage.Hub.Escalations;
using AiPhoneCoverage.Hub.Tests.Calls;
using AiPhoneCoverage.Hub.Tests.Pms;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.Hub.Tests.Escalations;

/// <summary>
/// Issue 7's demo call on a fake clock: `aipc call --at 02:13 "water is pouring through my ceiling"` while Yardi is
/// down pages the on-call plumber by text and call at once, then the backup and the supervisor as each 45 s tier times
/// out; the supervisor's "ACK code" stops the chain, and the resident gets the confirmation and the on-the-way text.
/// </summary>
public sealed class EscalationCallTests : IAsyncLifetime
{
    private EscalationHub _hub = null!;

    public async Task InitializeAsync() => _hub = await EscalationHub.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task An_emergency_pages_each_tier_in_turn_until_the_supervisor_acknowledges_while_the_pms_is_down()
    {
        _hub.Simulators.Single(s => s.Name == "yardi").InjectFault(PmsFault.Of(PmsFaultKind.ServerError), count: null);
        var request = _hub.Calls.Request("water is pouring through my ceiling") with { VoiceUrl = _hub.Calls.Url("/telephony/twilio/demo/voice?at=02:13") };
        var calledAt = _hub.Clock.GetUtcNow();
        var call = await _hub.Calls.Caller.PlaceCallAsync(request);
        Assert.Equal(CallEndReason.Hangup, call.Ending.Reason);

        // The on-call plumber at 02:13 (Ben Okafor) gets a text and a call within 5 s, though the PMS is failing.
        var toPrimary = await _hub.RunUntilAsync(() => _hub.TextsTo(EscalationHub.Ben).Count == 1 && _hub.CallsTo(EscalationHub.Ben) == 1, TimeSpan.FromSeconds(30), stepMilliseconds: 50);
        Assert.True(toPrimary <= TimeSpan.FromSeconds(5), $"the primary was paged {toPrimary} after the call");
        var escalation = await _hub.EscalationAsync(call.CallSid);
        Assert.Contains($"ACK {escalation.Code}", _hub.TextsTo(EscalationHub.Ben)[0], StringComparison.Ordinal);
        Assert.Contains("/ack/", _hub.TextsTo(EscalationHub.Ben)[0], StringComparison.Ordinal);
        Assert.Contains("Press 1 to accept", _hub.Twilio.Calls.Single(c => c.To == EscalationHub.Ben).Twiml, StringComparison.Ordinal);
        Assert.Empty(DemoPms.Ledger(_hub.Simulators.Single(s => s.Name == "yardi")));

        // 45 s without an answer: the backup (the rotation's next member, Carla Diaz), then 45 s more: the supervisor.
        await _hub.RunUntilAsync(() => _hub.TextsTo(EscalationHub.Carla).Count == 1, TimeSpan.FromSeconds(60));
        Assert.Empty(_hub.TextsTo(EscalationHub.Grace));
        await _hub.RunUntilAsync(() => _hub.TextsTo(EscalationHub.Grace).Count == 1, TimeSpan.FromSeconds(60));

        await _hub.RunForAsync(TimeSpan.FromSeconds(20));
        var ack = await _hub.TextHubAsync(EscalationHub.Grace, $"ack {escalation.Code}");
        Assert.Equal(System.Net.HttpStatusCode.OK, ack.StatusCode);
        await _hub.RunUntilAsync(() => _hub.TextsTo(CallHub.Maria).Count == 2, TimeSpan.FromSeconds(10));

        // The chain stopped: minutes later the regional manager has heard nothing, and nobody was paged twice.
        await _hub.RunForAsync(TimeSpan.FromMinutes(2));
        Assert.Empty(_hub.TextsTo(EscalationHub.Dana));
        Assert.Equal(0, _hub.CallsTo(EscalationHub.Dana));
        var report = (await _hub.Calls.ReportAsync(call.CallSid))!;
        Assert.True(
            (1, 1, 1) == (_hub.CallsTo(EscalationHub.Ben), _hub.CallsTo(EscalationHub.Carla), _hub.CallsTo(EscalationHub.Grace)),
            string.Join("\n", report.Notifications.Select(n => $"{n.Channel} {n.To} {n.Status} {n.Attempts} {n.Error}")));

        var settled = await _hub.EscalationAsync(call.CallSid);
        Assert.Equal((EscalationStatus.Acknowledged, "grace-kim", "sms"), (settled.Status, settled.AcknowledgedBy, settled.AcknowledgedVia));
        Assert.Equal(["primary", "backup", "supervisor"], settled.Steps.Select(s => s.Tier));
        Assert.Equal(["ben-okafor", "carla-diaz", "grace-kim"], settled.Steps.Select(s => s.Contact));
        Assert.All(settled.Steps.Take(2), s => Assert.True(s.TimedOutAt is not null && s.AcknowledgedAt is null));
        Assert.True(settled.Steps[2].AcknowledgedAt is not null && settled.Steps[2].TimedOutAt is null);
        Assert.Equal(calledAt.AddSeconds(45), settled.Steps[1].SentAt, TimeSpan.FromSeconds(6));

        // The resident: the confirmation with the reference, then "on the way" with who accepted.
        var resident = _hub.TextsTo(CallHub.Maria);
        Assert.Equal(
            $"Maple & Sunset Living: your request {settled.WorkOrder} for unit 1A is logged. We are paging the on-call technician now and will text you when one is on the way.",
            resident[0]); // the demo portfolio's confirmation text, with the default next steps of an emergency
        Assert.Contains("Grace Kim", resident[1], StringComparison.Ordinal);
        Assert.Contains("on the way", resident[1], StringComparison.Ordinal);
        Assert.Contains(_hub.TextsTo(EscalationHub.Grace), t => t.StartsWith("You accepted", StringComparison.Ordinal));
        Assert.Contains(_hub.TextsTo(EscalationHub.Ben), t => t.Contains("accepted by Grace Kim", StringComparison.Ordinal));

        // Every step is in the call's audit trail, in order, with its time.
        var trail = (await _hub.TrailAsync(call.CallSid)).Select(a => a.Kind).Where(k => (k.StartsWith("page_", StringComparison.Ordinal) && !k.StartsWith("page_call", StringComparison.Ordinal)) || k == "escalation_started").ToList();
        Assert.Equal(["escalation_started", "page_sent", "page_timed_out", "page_sent", "page_timed_out", "page_sent", "page_acknowledged"], trail);
    }

    [Fact]
    public async Task A_bare_1_accepts_the_only_page_waiting_for_its_sender_and_a_stranger_cannot_accept()
    {
        var call = await _hub.Calls.Caller.PlaceCallAsync(_hub.Calls.Request("water is pouring through my ceiling") with { VoiceUrl = _hub.Calls.Url("/telephony/twilio/demo/voice?at=02:13") });
        await _hub.RunUntilAsync(() => _hub.TextsTo(EscalationHub.Ben).Count == 1, TimeSpan.FromSeconds(10));

        await _hub.TextHubAsync("+16175559999", "1");
        await _hub.TextHubAsync(EscalationHub.Dev, "1");
        await _hub.RunUntilAsync(() => _hub.TextsTo(EscalationHub.Dev).Count == 1, TimeSpan.FromSeconds(20));
        Assert.Equal(EscalationStatus.Paging, (await _hub.EscalationAsync(call.CallSid)).Status);
        Assert.Contains(_hub.TextsTo(EscalationHub.Dev), t => t == "No page is waiting for you.");

        await _hub.TextHubAsync(EscalationHub.Ben, "1");
        await _hub.RunUntilAsync(() => _hub.TextsTo(EscalationHub.Ben).Count == 2, TimeSpan.FromSeconds(10));
        var settled = await _hub.EscalationAsync(call.CallSid);
        Assert.Equal((EscalationStatus.Acknowledged, "ben-okafor"), (settled.Status, settled.AcknowledgedBy));
        Assert.Single(settled.Steps);
    }

    [Fact]
    public async Task The_signed_link_shows_the_page_on_get_accepts_on_post_and_refuses_a_forged_token()
    {
        var call = await _hub.Calls.Caller.PlaceCallAsync(_hub.Calls.Request("water is pouring through my ceiling") with { VoiceUrl = _hub.Calls.Url("/telephony/twilio/demo/voice?at=02:13") });
        await _hub.RunUntilAsync(() => _hub.TextsTo(EscalationHub.Ben).Count == 1, TimeSpan.FromSeconds(10));
        var link = new Uri(System.Text.RegularExpressions.Regex.Match(_hub.TextsTo(EscalationHub.Ben)[0], @"https?://\S+/ack/\S+").Value);
        using var http = new HttpClient();

        var shown = await http.GetStringAsync(link);
        var forged = await http.PostAsync(new Uri(link.ToString()[..^2] + "xx"), null);
        Assert.Contains("<form method=\"post\">", shown, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(EscalationStatus.Paging, (await _hub.EscalationAsync(call.CallSid)).Status);

        var accepted = await http.PostAsync(link, null);
        Assert.Contains("You accepted", await accepted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var settled = await _hub.EscalationAsync(call.CallSid);
        Assert.Equal((EscalationStatus.Acknowledged, "ben-okafor", "link"), (settled.Status, settled.AcknowledgedBy, settled.AcknowledgedVia));
    }

    [Theory]
    [InlineData("1", EscalationStatus.Acknowledged, "You have accepted work order")]
    [InlineData("2", EscalationStatus.Paging, "You did not accept")]
    public async Task Pressing_1_on_the_page_call_accepts_it_and_another_key_leaves_it_paging(string digits, string status, string said)
    {
        var call = await _hub.Calls.Caller.PlaceCallAsync(_hub.Calls.Request("water is pouring through my ceiling") with { VoiceUrl = _hub.Calls.Url("/telephony/twilio/demo/voice?at=02:13") });
        await _hub.RunUntilAsync(() => _hub.CallsTo(EscalationHub.Ben) == 1, TimeSpan.FromSeconds(10));
        using var http = new HttpClient();

        var answered = await http.PostAsync(
            new Uri(new Uri(_hub.Twilio.Url), "/__simulate/answer"), new FormUrlEncodedContent(new Dictionary<string, string> { ["To"] = EscalationHub.Ben, ["Digits"] = digits }));

        Assert.Contains(said, await answered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var escalation = await _hub.EscalationAsync(call.CallSid);
        Assert.Equal(status, escalation.Status);
        Assert.Equal(digits == "1" ? "voice" : null, escalation.AcknowledgedVia);
    }
}
