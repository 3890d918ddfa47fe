using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Tests.Infrastructure;

namespace AiPhoneCoverage.Hub.Tests.Calls;

/// <summary>`aipc call`: one whole call through the Twilio plugin, driven by the scripted caller, on a hub started for it.</summary>
public sealed class CallCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Aipc _aipc;

    public CallCommandTests() => _aipc = Aipc.WithData(_folder.Combine("data"), Provider.Sqlite, seedDemo: true, extra: CallHub.DemoSettings);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_gas_smell_gets_the_gas_instructions_first_and_no_triage_question()
    {
        var (exit, output) = await _aipc.RunAsync("call", "I smell gas in my kitchen", "--json");

        Assert.True(exit == 0, output);
        var call = JsonNode.Parse(output)!;
        var transcript = call["transcript"]!.AsArray().Select(l => (Speaker: l!["speaker"]!.GetValue<string>(), Text: l["text"]!.GetValue<string>())).ToList();
        var afterCaller = transcript.SkipWhile(l => l.Speaker != "caller").Skip(1).ToList();
        Assert.Equal("I smell gas in my kitchen", transcript.Single(l => l.Speaker == "caller").Text);
        Assert.StartsWith("If you smell gas, leave the building now. Do not switch anything on or off", afterCaller[0].Text, StringComparison.Ordinal);
        Assert.Contains("call 911 and the gas company", afterCaller[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(afterCaller, l => l.Speaker == "hub" && l.Text.Contains('?', StringComparison.Ordinal));
        Assert.Equal(("life_safety", "emergency", true), (call["triage"]!["category"]!.GetValue<string>(), call["triage"]!["urgency"]!.GetValue<string>(), call["triage"]!["life_safety"]!.GetValue<bool>()));
        Assert.Equal("life_safety.gas", call["triage"]!["rule"]!.GetValue<string>());
        Assert.Single(call["workOrders"]!.AsArray());
        Assert.Equal("delivered", call["notifications"]!.AsArray().Single(n => n!["to"]!.GetValue<string>() == "caller")!["status"]!.GetValue<string>());
        Assert.Contains(call["notifications"]!.AsArray(), n => n!["to"]!.GetValue<string>() == "on-call (page 1)"); // gas is an emergency: the on-call is paged too
    }

    [Fact]
    public async Task Water_under_the_sink_still_pouring_ends_as_an_emergency_plumbing_request_for_the_resident_with_one_question()
    {
        var (exit, output) = await _aipc.RunAsync("call", "there's water under my sink", "yes it's still pouring out", "--json");

        Assert.True(exit == 0, output);
        var call = JsonNode.Parse(output)!;
        var hubLines = call["transcript"]!.AsArray().Where(l => l!["speaker"]!.GetValue<string>() == "hub").Select(l => l!["text"]!.GetValue<string>()).ToList();
        Assert.StartsWith("Hi Maria, thanks for calling Maple Court maintenance. I have you in unit 1A.", hubLines[0], StringComparison.Ordinal);
        Assert.Equal(["How can I help you today?", "Is water still flowing right now, or has it stopped?"], hubLines.Where(l => l.EndsWith('?')));
        Assert.Equal(("plumbing", "emergency"), (call["triage"]!["category"]!.GetValue<string>(), call["triage"]!["urgency"]!.GetValue<string>()));
        Assert.Equal(("t0010041", "1A"), (call["resident"]!.GetValue<string>(), call["unit"]!.GetValue<string>()));
        var order = call["workOrders"]!.AsArray().Single()!;
        Assert.Equal(("maple-court", "1A", "t0010041", "plumbing", "emergency"),
            (order["property"]!.GetValue<string>(), order["unit"]!.GetValue<string>(), order["resident"]!.GetValue<string>(), order["category"]!.GetValue<string>(), order["urgency"]!.GetValue<string>()));

        var (_, shown) = await _aipc.RunAsync("calls", "show", call["callSid"]!.GetValue<string>());
        Assert.Contains("question_asked", shown, StringComparison.Ordinal);
        Assert.Contains("\"rule\":\"emergency.active_water\"", shown, StringComparison.Ordinal);
        Assert.Contains("work_order_queued", shown, StringComparison.Ordinal);
        var (_, listed) = await _aipc.RunAsync("calls", "list");
        Assert.Contains(call["callSid"]!.GetValue<string>(), listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_clock_of_a_call_can_be_set_for_a_drill_and_the_audit_trail_says_so()
    {
        var (exit, output) = await _aipc.RunAsync("call", "my heat is not working", "--at", "02:30", "--json", "--no-wait");

        Assert.True(exit == 0, output);
        var (_, shown) = await _aipc.RunAsync("calls", "show", JsonNode.Parse(output)!["callSid"]!.GetValue<string>());
        Assert.Contains("\"local_time\":\"02:30\",\"clock_override\":true", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_local_time_is_refused_before_any_call()
    {
        var (exit, output) = await _aipc.RunAsync("call", "hello", "--at", "25:99");

        Assert.Equal(2, exit);
        Assert.Contains("--at takes a local time as HH:mm", output, StringComparison.Ordinal);
    }
}
