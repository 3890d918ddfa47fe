using AiPhoneCoverage.Simulators;
using HdrHistogram;

namespace AiPhoneCoverage.CallLoad;

/// <summary>
/// What one target (the hub, or the bare endpoint) did under load: a latency histogram per webhook kind (microseconds,
/// 3 significant digits) for the calls that started inside the measured window, and counts of every failure over the
/// whole run. Safe to record from many callers at once.
/// </summary>
internal sealed class TargetRecorder(string name)
{
    private readonly Dictionary<TwilioWebhookKind, LongConcurrentHistogram> _latency = Enum.GetValues<TwilioWebhookKind>()
        .ToDictionary(kind => kind, _ => new LongConcurrentHistogram(1, 60_000_000, 3));

    private long _calls;
    private long _measuredCalls;
    private long _webhooks;
    private long _httpErrors;
    private long _noAnswer;
    private long _degraded;
    private long _failedCalls;
    private long _unidentified;

    public string Name { get; } = name;

    public long Calls => Interlocked.Read(ref _calls);

    public long MeasuredCalls => Interlocked.Read(ref _measuredCalls);

    public long Webhooks => Interlocked.Read(ref _webhooks);

    /// <summary>Answers with a status other than 2xx.</summary>
    public long HttpErrors => Interlocked.Read(ref _httpErrors);

    /// <summary>Webhooks with no answer: the 15 s timeout, or a refused or broken connection.</summary>
    public long NoAnswer => Interlocked.Read(ref _noAnswer);

    /// <summary>Answers that were the hub's degraded answer (its deadline passed, or the database failed).</summary>
    public long Degraded => Interlocked.Read(ref _degraded);

    /// <summary>Calls the scripted caller ended with an error (no answer, non-2xx, invalid TwiML, too many exchanges).</summary>
    public long FailedCalls => Interlocked.Read(ref _failedCalls);

    /// <summary>Calls whose greeting did not name the caller (for the hub only).</summary>
    public long Unidentified => Interlocked.Read(ref _unidentified);

    public long Errors => HttpErrors + NoAnswer + Degraded + FailedCalls;

    public HistogramBase Latency(TwilioWebhookKind kind) => _latency[kind];

    public void Record(ScriptedCall call, bool measured, bool checkGreeting)
    {
        Interlocked.Increment(ref _calls);
        if (measured)
        {
            Interlocked.Increment(ref _measuredCalls);
        }

        foreach (var exchange in call.Exchanges)
        {
            Interlocked.Increment(ref _webhooks);
            if (exchange.StatusCode is not { } status)
            {
                Interlocked.Increment(ref _noAnswer);
            }
            else if (status is < 200 or > 299)
            {
                Interlocked.Increment(ref _httpErrors);
            }
            else if (exchange.ResponseBody.Contains("our system is having trouble", StringComparison.Ordinal)
                     || exchange.ResponseBody.Contains("connecting you to the emergency line", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _degraded);
            }

            if (measured && exchange.StatusCode is not null)
            {
                _latency[exchange.Kind].RecordValue(Math.Max(1, (long)exchange.Elapsed.TotalMicroseconds));
            }
        }

        if (call.Ending.Reason == CallEndReason.Error)
        {
            Interlocked.Increment(ref _failedCalls);
        }

        if (checkGreeting && !(call.Transcript.FirstOrDefault(l => l.Speaker == CallSpeaker.Hub)?.Text.StartsWith("Hi ", StringComparison.Ordinal) ?? false))
        {
            Interlocked.Increment(ref _unidentified);
        }
    }
}
