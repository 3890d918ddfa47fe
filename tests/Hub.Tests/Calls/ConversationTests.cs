using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Simulators;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Tests.Calls;

/// <summary>The intake conversation on a live call: greeting, re-prompts, messages, and answers that arrive twice.</summary>
public sealed class ConversationTests : IAsyncLifetime
{
    private CallHub _hub = null!;

    public async Task InitializeAsync() => _hub = await CallHub.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task A_caller_who_says_nothing_is_asked_again_once_then_offered_to_leave_a_message()
    {
        var call = await _hub.CallAsync();

        var hub = call.Transcript.Where(l => l.Speaker == CallSpeaker.Hub).Select(l => l.Text).ToList();
        Assert.Equal(CallEndReason.Hangup, call.Ending.Reason);
        Assert.Equal(2, hub.Count(l => l == "Sorry, I didn't catch that."));
        Assert.Equal(2, hub.Count(l => l == "How can I help you today?"));
        Assert.Contains(hub, l => l.StartsWith("I can take a message for the office", StringComparison.Ordinal));
        Assert.Equal("I didn't hear a message. Please call again any time.", hub[^1]);
        var report = await _hub.ReportAsync(call.CallSid);
        Assert.Empty(report!.WorkOrders);
        Assert.Contains(report.Trail, t => t.Kind == "no_message");
    }

    [Fact]
    public async Task Every_webhook_delivered_twice_gets_the_first_answer_byte_for_byte_and_is_acted_on_once()
    {
        var call = await _hub.Caller.PlaceCallAsync(_hub.Request("my toilet is clogged", "no, there's another bathroom") with { DeliverTwice = true });

        Assert.Equal(CallEndReason.Hangup, call.Ending.Reason);
        Assert.All(call.Exchanges.Where(e => e.RepeatMatched is not null), e => Assert.True(e.RepeatMatched, $"{e.Kind} {e.Url} answered differently the second time"));
        var report = await _hub.ReportAsync(call.CallSid);
        Assert.Equal(2, report!.Transcript.Count(l => l.Speaker == "caller"));
        Assert.Single(report.WorkOrders);
        await using (var db = _hub.Database.Open(PortfolioScope.System))
        {
            // One confirmation; the demo's plumber is also texted its dispatch, and the caller again once it accepts.
            Assert.Single(await db.Outbox.Where(o => o.Subject == call.CallSid && o.CorrelationKey.Contains(":confirm:")).ToListAsync());
            Assert.Single(await db.VendorDispatches.Where(d => d.Subject == call.CallSid).ToListAsync());
        }

        Assert.Equal("completed", report.Status);
    }

    [Fact]
    public async Task The_transcript_keeps_the_speech_confidence_and_the_call_ends_completed()
    {
        var call = await _hub.Caller.PlaceCallAsync(_hub.Request("the light in my hallway is out") with { SpeechConfidence = 0.71 });

        var report = await _hub.ReportAsync(call.CallSid);
        var caller = report!.Transcript.Single(l => l.Speaker == "caller");
        Assert.Equal(0.71, caller.Confidence!.Value, 3);
        Assert.Equal(Enumerable.Range(1, report.Transcript.Count), report.Transcript.Select((_, i) => i + 1));
        Assert.NotNull(report.EndedAt);
    }
}
