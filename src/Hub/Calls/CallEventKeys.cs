using System.Globalization;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Calls;

/// <summary>
/// One key per webhook delivery meaning: a retry or a replay of the same webhook has the same key, whatever its
/// idempotency header says (Twilio signs no timestamp, so a captured request can be replayed at any time).
/// </summary>
internal static class CallEventKeys
{
    public static string For(CallEvent callEvent) => callEvent switch
    {
        CallStarted started => $"{started.CallId}:voice",
        CallerAnswered answered => $"{answered.CallId}:gather:{answered.Turn.ToString(CultureInfo.InvariantCulture)}",
        CallStatusChanged status => $"{status.CallId}:status:{status.Status}",
        RecordingReceived recording => $"{recording.CallId}:recording",
        SmsReceived sms => $"{sms.CallId}:sms",
        _ => throw new ArgumentOutOfRangeException(nameof(callEvent), callEvent.GetType().Name, "no event key for this event"),
    };
}
