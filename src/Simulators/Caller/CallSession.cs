using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// One scripted call, run as Twilio runs TwiML: the incoming-call webhook (or, for a call the account placed, its own
/// TwiML), then each document's verbs in order until a Hangup, a Dial, a Record's follow-up, an error or the end of a
/// document; then the final status callback, if there is a URL for it.
/// </summary>
internal sealed class CallSession(ScriptedCallRequest request, WebhookPoster poster, TimeProvider time, PlacedCall? placed = null)
{
    /// <summary>The most webhooks one call sends before the status callback: a hub that loops forever ends with an error.</summary>
    public const int MaxExchanges = 60;

    private readonly string _callSid = placed?.CallSid ?? TwilioSid.New("CA");
    private readonly Queue<CallerTurn> _turns = new(request.Turns.Select(CallerTurn.Parse));
    private readonly List<TranscriptLine> _transcript = [];
    private readonly List<WebhookExchange> _exchanges = [];
    private readonly List<SignedWebhook> _requests = [];

    public async Task<ScriptedCall> RunAsync(CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var page = placed switch
        {
            null => await FetchAsync(TwilioWebhookKind.IncomingCall, request.VoiceUrl, "POST", CallParameters("ringing"), cancellationToken),
            { Twiml: { } twiml } => Parse("the call's Twiml", placed.ResourceUrl, twiml),
            _ => await FetchAsync(TwilioWebhookKind.CallAnswered, placed.Url!, "POST", CallParameters("in-progress"), cancellationToken),
        };
        while (page.Ending is null)
        {
            page = await RunDocumentAsync(page, cancellationToken);
        }

        if (request.StatusCallbackUrl is { } statusCallback)
        {
            await SendAsync(TwilioWebhookKind.StatusCallback, statusCallback, "POST", StatusParameters(started), cancellationToken);
        }

        return new ScriptedCall(_callSid, _transcript.ToArray(), _exchanges.ToArray(), page.Ending, _requests.ToArray());
    }

    private async Task<TwimlPage> RunDocumentAsync(TwimlPage page, CancellationToken cancellationToken)
    {
        foreach (var verb in page.Response!.Elements())
        {
            switch (verb.Name.LocalName)
            {
                case "Say":
                    Say(verb);
                    break;
                case "Gather":
                    foreach (var say in verb.Elements().Where(e => e.Name.LocalName == "Say"))
                    {
                        Say(say);
                    }

                    var turn = await NextTurnAsync(cancellationToken);
                    var heard = turn?.HeardBy(Attribute(verb, "input"), request.SpeechConfidence) ?? [];
                    if (heard.Count > 0 || Attribute(verb, "actionOnEmptyResult") == "true")
                    {
                        return await FetchAsync(TwilioWebhookKind.GatherAction, page.Resolve(Attribute(verb, "action")), Attribute(verb, "method"), CallParameters("in-progress").Concat(heard), cancellationToken);
                    }

                    break; // heard nothing: Twilio goes on with the next verb
                case "Redirect":
                    return await FetchAsync(TwilioWebhookKind.Redirect, page.Resolve(verb.Value), Attribute(verb, "method"), CallParameters("in-progress"), cancellationToken);
                case "Dial":
                    return TwimlPage.Ended(page.Url, CallEnding.Transfer((verb.Elements().FirstOrDefault()?.Value ?? verb.Value).Trim()));
                case "Record":
                    return await RecordAsync(page, verb, cancellationToken);
                case "Hangup":
                case "Reject":
                    return TwimlPage.Ended(page.Url, CallEnding.Hangup());
                default:
                    break; // Pause, Play and the rest change nothing a transcript shows
            }
        }

        return TwimlPage.Ended(page.Url, CallEnding.Hangup());
    }

    /// <summary>The caller leaves the next turn as a message; the action's answer is heard (its Says) and the call ends.</summary>
    private async Task<TwimlPage> RecordAsync(TwimlPage page, XElement verb, CancellationToken cancellationToken)
    {
        var message = await NextTurnAsync(cancellationToken);
        var recordingSid = TwilioSid.New("RE");
        var seconds = message?.Speech is { } words ? Math.Max(1, words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length * 2 / 5) : 0;
        var next = await FetchAsync(TwilioWebhookKind.RecordAction, page.Resolve(Attribute(verb, "action")), Attribute(verb, "method"), CallParameters("in-progress").Concat(
            [
                new("RecordingUrl", $"https://api.twilio.com/2010-04-01/Accounts/{request.AccountSid}/Recordings/{recordingSid}"),
                new("RecordingSid", recordingSid),
                new("RecordingDuration", seconds.ToString(CultureInfo.InvariantCulture)),
            ]),
            cancellationToken);
        foreach (var say in next.Response?.Descendants().Where(e => e.Name.LocalName == "Say") ?? [])
        {
            Say(say);
        }

        return next.Ending is null ? TwimlPage.Ended(next.Url, CallEnding.Recording(recordingSid)) : next;
    }

    private async Task<CallerTurn?> NextTurnAsync(CancellationToken cancellationToken)
    {
        if (!_turns.TryDequeue(out var turn))
        {
            return null;
        }

        var spread = request.MaxThinkTime - request.MinThinkTime;
        var think = request.MinThinkTime + (spread > TimeSpan.Zero ? spread * Random.Shared.NextDouble() : TimeSpan.Zero);
        if (think > TimeSpan.Zero)
        {
            await Task.Delay(think, time, cancellationToken);
        }

        _transcript.Add(new TranscriptLine(CallSpeaker.Caller, turn.Transcript, time.GetUtcNow()));
        return turn;
    }

    private void Say(XElement say) => _transcript.Add(new TranscriptLine(CallSpeaker.Hub, say.Value.Trim(), time.GetUtcNow()));

    /// <summary>Sends a webhook and reads its answer as TwiML; anything else ends the call with an error.</summary>
    private async Task<TwimlPage> FetchAsync(TwilioWebhookKind kind, Uri url, string? method, IEnumerable<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken)
    {
        if (_exchanges.Count >= MaxExchanges)
        {
            return TwimlPage.Ended(url, CallEnding.Error($"the call reached {MaxExchanges} webhook exchanges"));
        }

        var exchange = await SendAsync(kind, url, method ?? "POST", parameters, cancellationToken);
        if (exchange.StatusCode is not { } status)
        {
            return TwimlPage.Ended(url, CallEnding.Error($"{kind} {url}: {exchange.Failure}"));
        }

        if (status is < 200 or > 299)
        {
            return TwimlPage.Ended(url, CallEnding.Error($"{kind} {url}: HTTP {status}"));
        }

        return Parse($"{kind} {url}", url, exchange.ResponseBody);
    }

    private static TwimlPage Parse(string what, Uri url, string twiml)
    {
        try
        {
            var root = XDocument.Parse(twiml).Root!;
            return root.Name.LocalName == "Response"
                ? new TwimlPage(url, root, null)
                : TwimlPage.Ended(url, CallEnding.Error($"{what}: the TwiML root is <{root.Name.LocalName}>, not <Response>"));
        }
        catch (XmlException e)
        {
            return TwimlPage.Ended(url, CallEnding.Error($"{what}: invalid TwiML ({e.Message})"));
        }
    }

    private async Task<WebhookExchange> SendAsync(TwilioWebhookKind kind, Uri url, string method, IEnumerable<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken)
    {
        var webhook = SignedWebhook.Create(kind, url, parameters, request.AuthToken, method);
        _requests.Add(webhook);
        var exchange = await poster.DeliverAsync(webhook, request.DeliverTwice, cancellationToken);
        _exchanges.Add(exchange);
        return exchange;
    }

    private List<KeyValuePair<string, string>> CallParameters(string status) =>
    [
        new("CallSid", _callSid),
        new("AccountSid", request.AccountSid),
        new("From", request.From),
        new("To", request.To),
        new("Caller", request.From),
        new("Called", request.To),
        new("CallStatus", status),
        new("Direction", placed is null ? "inbound" : "outbound-api"),
        new("ApiVersion", "2010-04-01"),
    ];

    private List<KeyValuePair<string, string>> StatusParameters(DateTimeOffset started)
    {
        var now = time.GetUtcNow();
        var parameters = CallParameters("completed");
        parameters.Add(new("CallDuration", ((int)(now - started).TotalSeconds).ToString(CultureInfo.InvariantCulture)));
        parameters.Add(new("SequenceNumber", "0"));
        parameters.Add(new("Timestamp", TwilioDate.Format(now)));
        parameters.Add(new("CallbackSource", "call-progress-events"));
        return parameters;
    }

    private static string? Attribute(XElement verb, string name) => verb.Attribute(name)?.Value;
}
