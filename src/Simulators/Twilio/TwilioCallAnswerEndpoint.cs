using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// <c>POST /__simulate/answer</c>: the phone of a call the hub placed through the REST API picks up and presses keys.
/// Fields, as a form or a JSON object: CallSid, or To (the callee: its latest call still queued), or neither (the latest
/// queued call); Digits, 1 unless given. The call then runs as Twilio runs it: its inline TwiML (or its Url, fetched
/// signed with CallStatus=in-progress), the keys posted signed to the Gather's action with CallSid, AccountSid, From
/// (the caller ID), To, Digits, CallStatus=in-progress and Direction=outbound-api, then the TwiML the hub answers, to the
/// end. The answer is recorded on the call in the ledger. Answers 200 with the transcript, the exchanges and the ending;
/// 502 when the hub did not answer a webhook; 404 when there is no such call; 409 when the call is being answered or its
/// TwiML has a Gather without an absolute action; 400 for bad input.
/// </summary>
internal sealed partial class TwilioCallAnswerEndpoint(
    string accountSid, string authToken, string simulatorUrl, TwilioLedger ledger, WebhookPoster poster, TimeProvider time)
{
    public async Task<IResponseMessage> HandleAsync(IRequestMessage request)
    {
        var (input, problem) = SimulatorInput.Read(request);
        if (input is null)
        {
            return SimulatorJson.Problem(400, problem!);
        }

        var sid = input.Field("CallSid");
        var to = input.Field("To");
        var digits = input.Field("Digits") ?? "1";
        var refusal = sid is not null && !CallSid().IsMatch(sid) ? "CallSid must be CA followed by 32 lowercase hex digits"
            : to is not null && !PhoneNumbers.IsE164(to) ? "To must be a phone number in E.164, for example +16175552000"
            : !Keys().IsMatch(digits) ? "Digits must be keys of a phone pad (0-9, * and #), at most 32"
            : null;
        if (refusal is not null)
        {
            return SimulatorJson.Problem(400, refusal);
        }

        var taken = ledger.TakeCallToAnswer(sid, to);
        if (taken.Call is not { } call)
        {
            return SimulatorJson.Problem(taken.Status, taken.Problem!);
        }

        var started = time.GetUtcNow();
        if (Unanswerable(call) is { } why)
        {
            ledger.FinishAnswer(call.Sid, new TwilioCallAnswer(digits, started, [], [], CallEnding.Error(why)));
            return SimulatorJson.Problem(409, why);
        }

        var resource = new Uri($"{simulatorUrl}/2010-04-01/Accounts/{accountSid}/Calls/{call.Sid}.json");
        var placed = new PlacedCall(call.Sid, call.Twiml, call.Twiml is null ? new Uri(call.Url!) : null, resource);
        var script = new ScriptedCallRequest
        {
            VoiceUrl = placed.Url ?? resource,
            AccountSid = accountSid,
            AuthToken = authToken,
            From = call.From,
            To = call.To,
            Turns = ["press:" + digits],
        };
        var answer = new TwilioCallAnswer(digits, started, [], [], CallEnding.Error("the simulator failed while answering"));
        try
        {
            var ran = await new CallSession(script, poster, time, placed).RunAsync(CancellationToken.None);
            answer = answer with { Transcript = ran.Transcript, Exchanges = ran.Exchanges, Ending = ran.Ending };
        }
        finally
        {
            ledger.FinishAnswer(call.Sid, answer); // never left in progress, even if the run threw
        }

        var unanswered = answer.Exchanges.Any(e => e.StatusCode is null);
        return TwilioAnswer.Json(unanswered ? 502 : 200, SimulatorJson.Serialize(new SimulatedAnswer(call.Sid, call.To, call.From, answer)));
    }

    /// <summary>Why the call cannot be run: a Url that is not absolute, or inline TwiML whose Gather has no absolute action to post the keys to.</summary>
    private static string? Unanswerable(TwilioLedgerCall call)
    {
        if (call.Twiml is null)
        {
            return IsHttp(call.Url) ? null : $"call {call.Sid} has neither inline TwiML nor an absolute http(s) Url";
        }

        try
        {
            var gather = XDocument.Parse(call.Twiml).Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "Gather");
            return gather is null || IsHttp(gather.Attribute("action")?.Value)
                ? null
                : $"the TwiML of call {call.Sid} has a <Gather> without an absolute action URL, so the keys have nowhere to go";
        }
        catch (XmlException)
        {
            return null; // the call runs and ends with the TwiML error, as on Twilio
        }
    }

    // On Unix, "/reply" parses as an absolute file: URI, hence the scheme check.
    private static bool IsHttp(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex("^CA[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex CallSid();

    [GeneratedRegex("^[0-9*#]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Keys();
}
