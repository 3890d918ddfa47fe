namespace AiPhoneCoverage.Simulators;

/// <summary>
/// Plays Twilio for the hub's voice webhooks (reliability.md 2.0, "Twilio simulator"): places a scripted inbound call,
/// signing every webhook as Twilio does, runs the TwiML the hub answers with, and reports the transcript, the exchanges,
/// how the call ended and every request sent. Calls are independent; one caller can place many at once.
/// </summary>
public sealed class ScriptedCaller
{
    private readonly WebhookPoster _poster;
    private readonly TimeProvider _time;

    /// <param name="http">The client that posts to the hub; its own timeout should not be under 15 s.</param>
    /// <param name="time">The clock for think times, the 15 s timeout and timestamps; the system clock when null.</param>
    public ScriptedCaller(HttpClient http, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        _time = time ?? TimeProvider.System;
        _poster = new WebhookPoster(http, _time);
    }

    /// <summary>Places one call and runs it to its end.</summary>
    public Task<ScriptedCall> PlaceCallAsync(ScriptedCallRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.VoiceUrl.IsAbsoluteUri || request.StatusCallbackUrl is { IsAbsoluteUri: false })
        {
            throw new ArgumentException("The voice and status callback URLs must be absolute.", nameof(request));
        }

        if (request.MaxThinkTime < request.MinThinkTime || request.MinThinkTime < TimeSpan.Zero || request.SpeechConfidence is < 0 or > 1)
        {
            throw new ArgumentException("Think times must form a range from zero up, and confidence lie between 0 and 1.", nameof(request));
        }

        return new CallSession(request, _poster, _time).RunAsync(cancellationToken);
    }

    /// <summary>Sends one signed request again, as it was (a replay or a retry), once.</summary>
    public Task<WebhookExchange> SendAsync(SignedWebhook webhook, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        return _poster.DeliverAsync(webhook, twice: false, cancellationToken);
    }

    /// <summary>Signs and posts one webhook by itself, for example a status callback out of order.</summary>
    public Task<WebhookExchange> SendAsync(Uri url, IEnumerable<KeyValuePair<string, string>> parameters, string authToken, CancellationToken cancellationToken = default) =>
        SendAsync(SignedWebhook.Create(TwilioWebhookKind.Standalone, url, parameters, authToken), cancellationToken);
}
