using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// <c>POST /__simulate/sms</c>: a phone texts one of the account's numbers. Fields, as a form or a JSON object: From and
/// To (E.164), Body, and Url, the hub's messaging webhook (what Twilio keeps as the number's SmsUrl). The text is
/// recorded as an inbound message, Twilio's inbound-message webhook is posted to Url signed with the account's auth token,
/// and the <c>&lt;Message&gt;</c>s of a 2xx TwiML answer are recorded as outbound-reply messages, as Twilio sends them.
/// Answers 200 with the message, the webhook exchange (the hub's status and body) and the replies; 502 when the hub did
/// not answer; 400 for bad input.
/// </summary>
internal sealed class TwilioInboundSmsEndpoint(string accountSid, string authToken, TwilioLedger ledger, WebhookPoster poster, TimeProvider time)
{
    /// <summary>Twilio's limit on a message body (error 21617 beyond it).</summary>
    public const int MaxBodyLength = 1600;

    public async Task<IResponseMessage> HandleAsync(IRequestMessage request)
    {
        var (input, problem) = SimulatorInput.Read(request);
        if (input is null)
        {
            return SimulatorJson.Problem(400, problem!);
        }

        var from = input.Field("From");
        var to = input.Field("To");
        var body = input.Raw("Body");
        var url = Uri.TryCreate(input.Field("Url"), UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps)
            ? parsed
            : null;
        var refusal = !PhoneNumbers.IsE164(from) ? "From must be a phone number in E.164, for example +16175551000"
            : !PhoneNumbers.IsE164(to) ? "To must be a phone number in E.164, for example +16175550100"
            : body is null ? "Body is required"
            : body.Length > MaxBodyLength ? $"Body is longer than Twilio's {MaxBodyLength} characters"
            : url is null ? "Url must be the hub's absolute http(s) messaging webhook URL, for example http://127.0.0.1:5055/telephony/twilio/demo/sms"
            : null;
        if (refusal is not null)
        {
            return SimulatorJson.Problem(400, refusal);
        }

        var inbound = new TwilioLedgerMessage(TwilioSid.New("SM"), to!, from!, body!, null, time.GetUtcNow()) { Direction = TwilioMessageDirection.Inbound };
        ledger.Record(inbound);
        var webhook = SignedWebhook.Create(TwilioWebhookKind.IncomingMessage, url!, InboundSmsParameters.For(inbound.Sid, accountSid, from!, to!, body!), authToken);
        var exchange = await poster.DeliverAsync(webhook, twice: false, CancellationToken.None);

        List<TwilioLedgerMessage> replies = [];
        string? twimlProblem = null;
        if (exchange.StatusCode is >= 200 and <= 299)
        {
            var (answered, readProblem) = MessagingTwiml.Read(exchange.ResponseBody, from!, to!);
            twimlProblem = readProblem;
            foreach (var (replyTo, replyFrom, text) in answered)
            {
                var reply = new TwilioLedgerMessage(TwilioSid.New("SM"), replyTo, replyFrom, text, null, time.GetUtcNow()) { Direction = TwilioMessageDirection.OutboundReply };
                ledger.Record(reply);
                replies.Add(reply);
            }
        }

        return TwilioAnswer.Json(exchange.StatusCode is null ? 502 : 200, SimulatorJson.Serialize(new SimulatedSms(inbound, exchange, replies, twimlProblem)));
    }
}
