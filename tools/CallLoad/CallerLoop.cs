using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.CallLoad;

/// <summary>
/// One simulated phone line: places a call to its target, runs it to the end with the scripted caller (think time before
/// every turn), records it, and places the next one at once, until the run's end. A call that starts before the
/// measured window opens is placed and checked but its latencies are not kept.
/// </summary>
internal sealed class CallerLoop(ScriptedCaller caller, LoadTarget target, DemoCallers demo, string accountSid, string authToken, LoadOptions options, int seed)
{
    private readonly Random _random = new(seed);

    public async Task RunAsync(DateTimeOffset measureFrom, DateTimeOffset stopAt, CancellationToken cancellationToken)
    {
        while (TimeProvider.System.GetUtcNow() < stopAt && !cancellationToken.IsCancellationRequested)
        {
            var (from, to) = demo.Lines[_random.Next(demo.Lines.Count)];
            var (_, turns) = CallScripts.Draw(_random);
            var measured = TimeProvider.System.GetUtcNow() >= measureFrom;
            var call = await caller.PlaceCallAsync(
                new ScriptedCallRequest
                {
                    VoiceUrl = target.VoiceUrl,
                    StatusCallbackUrl = target.StatusUrl,
                    AccountSid = accountSid,
                    AuthToken = authToken,
                    From = from,
                    To = to,
                    Turns = turns,
                    MinThinkTime = options.MinThink,
                    MaxThinkTime = options.MaxThink,
                },
                cancellationToken);
            target.Recorder.Record(call, measured, target.IdentifiesCaller);
        }
    }
}
