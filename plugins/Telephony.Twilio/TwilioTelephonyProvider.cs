using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Telephony.Twilio;

/// <summary>
/// Twilio Programmable Voice and Messaging for the hub: verifies and parses Twilio's webhooks, renders call actions as
/// TwiML, sends texts and places notification calls, and looks them up before a resend, through the hub's <c>telephony.twilio</c> HTTP client.
/// </summary>
public sealed class TwilioTelephonyProvider : ITelephonyProvider
{
    // Twilio refuses a Twiml parameter longer than this when a call is created.
    private const int MaxTwimlLength = 4000;

    private readonly TwilioApi _api;
    private readonly TwilioSentLookup _lookup;

    /// <summary>Creates the provider.</summary>
    /// <param name="httpClientFactory">The hub's factory; the client named <c>telephony.twilio</c> carries its resilience pipeline.</param>
    public TwilioTelephonyProvider(IHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        _api = new TwilioApi(httpClientFactory);
        _lookup = new TwilioSentLookup(_api);
    }

    /// <inheritdoc />
    public Result<CallEvent> ParseWebhook(TelephonyAccount account, TelephonyWebhook webhook)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(webhook);
        var rejected = TwilioSignature.Check(account, webhook);
        return rejected ?? WebhookParser.Parse(account, webhook);
    }

    /// <inheritdoc />
    public TelephonyResponse Render(TelephonyAccount account, IReadOnlyList<CallAction> actions, CallRoutes routes)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(routes);
        return TwimlRenderer.Render(account, actions, routes);
    }

    /// <inheritdoc />
    public Task<Result<string>> SendSmsAsync(TelephonyAccount account, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(message);
        return _api.CreateAsync(
            account,
            "Messages",
            [new("To", message.To), new("From", message.From), new("Body", message.Text)],
            message.IdempotencyKey,
            "send a text",
            [message.Text],
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Result<string>> PlaceCallAsync(TelephonyAccount account, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(message);
        var twiml = NotificationCallTwiml.For(account, message);
        if (twiml.Length > MaxTwimlLength)
        {
            return ProviderError.Permanent(
                "invalid_request", $"the notification call's TwiML is {twiml.Length} characters, over Twilio's limit of {MaxTwimlLength}; shorten the text.");
        }

        return await _api.CreateAsync(
            account,
            "Calls",
            [new("To", message.To), new("From", message.From), new("Twiml", twiml)],
            message.IdempotencyKey,
            "place a call",
            [message.Text],
            cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Lists <c>Messages.json</c> or <c>Calls.json</c> by <c>To</c> and <c>From</c> (100 a page, at most 5 pages, newest
    /// first) and keeps what was created at or after <see cref="SentLookup.Since"/>; no date filter is sent to Twilio,
    /// because its <c>DateSent</c>/<c>StartTime</c> filters skip messages and calls that are still queued.
    /// </remarks>
    public Task<Result<IReadOnlyList<SentRecord>>> FindSentAsync(TelephonyAccount account, SentLookup lookup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(lookup);
        return _lookup.FindAsync(account, lookup, cancellationToken);
    }
}
