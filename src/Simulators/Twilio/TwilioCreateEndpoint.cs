using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// One POST of the fake REST API (Messages.json or Calls.json), in Twilio's order: an injected fault first (see
/// <see cref="TwilioFaultGate"/>; <see cref="TwilioFaultKind.CreatedThenDropped"/> records, then drops), then Basic
/// auth (401, code 20003), the account in the path (404), the required fields (400), and finally the ledger (201).
/// </summary>
internal sealed class TwilioCreateEndpoint(TwilioCredentials credentials, TwilioLedger ledger, TwilioFaultGate faults, TimeProvider time)
{
    public const string IdempotencyHeader = "I-Twilio-Idempotency-Token";

    public async Task<IResponseMessage> MessagesAsync(IRequestMessage message) =>
        await HandleAsync(message, request =>
            request.Field("To") is not { } to ? TwilioAnswer.Error(400, 21604, "A 'To' phone number is required.")
            : (request.Field("From") ?? request.Field("MessagingServiceSid")) is not { } from ? TwilioAnswer.Error(400, 21603, "A 'From' phone number is required.")
            : request.Field("Body") is not { } body ? TwilioAnswer.Error(400, 21602, "Message body is required.")
            : TwilioAnswer.Json(201, ledger.AcceptMessage(
                request.Header(IdempotencyHeader),
                () => new TwilioLedgerMessage(TwilioSid.New("SM"), to, from, body, request.Header(IdempotencyHeader), time.GetUtcNow()),
                m => TwilioResourceJson.Message(credentials.AccountSid, m))));

    public async Task<IResponseMessage> CallsAsync(IRequestMessage message) =>
        await HandleAsync(message, request =>
            request.Field("To") is not { } to ? TwilioAnswer.Error(400, 21201, "No 'To' number is specified")
            : request.Field("From") is not { } from ? TwilioAnswer.Error(400, 21213, "No 'From' number is specified")
            : request.Field("Twiml") is null && request.Field("Url") is null ? TwilioAnswer.Error(400, 21205, "Url parameter is required.")
            : TwilioAnswer.Json(201, ledger.AcceptCall(
                request.Header(IdempotencyHeader),
                () => new TwilioLedgerCall(TwilioSid.New("CA"), to, from, request.Field("Twiml"), request.Field("Url"), request.Header(IdempotencyHeader), time.GetUtcNow()),
                c => TwilioResourceJson.Call(credentials.AccountSid, c))));

    private Task<IResponseMessage> HandleAsync(IRequestMessage message, Func<TwilioRequest, IResponseMessage> create) =>
        faults.ApplyAsync(message, () =>
        {
            var request = new TwilioRequest(message);
            if (!credentials.Accepts(request.Header("Authorization")))
            {
                return TwilioAnswer.Unauthorized();
            }

            // The path names the account: /2010-04-01/Accounts/{AccountSid}/Messages.json.
            var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            return segments.Length == 4 && segments[2] == credentials.AccountSid ? create(request) : TwilioAnswer.NotFound(request.Path);
        });
}
