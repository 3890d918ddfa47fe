using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// Twilio's REST API side (twilio.md 1.4, 1.6; reliability.md 2.0 "Fake Twilio REST"): <c>Messages.json</c> and
/// <c>Calls.json</c> behind Basic auth (POST creates; GET lists them as Twilio does, filtered by To, From and
/// DateSent/StartTime, newest first, paged), with Twilio's error shapes, a ledger of what it accepted (in code, and at
/// <c>GET /__ledger/messages</c> and <c>/__ledger/calls</c>, <c>?number=</c> for one phone's), no idempotency key (as
/// Twilio: a request sent twice is two messages), and injectable faults. Nothing is ever sent or dialled; instead the phones on the other end are played by drills:
/// <c>POST /__simulate/sms</c> texts the hub (<see cref="TwilioInboundSmsEndpoint"/>) and <c>POST /__simulate/answer</c>
/// picks up a call the hub placed and presses keys (<see cref="TwilioCallAnswerEndpoint"/>), both signing their webhooks
/// with the account's auth token as Twilio does.
/// </summary>
public sealed class TwilioSimulator : PmsSimulator
{
    /// <summary>The demo account the simulator serves when none is given (loopback only, not a real account).</summary>
    public const string DemoAccountSid = "AC5151a7ed000000000000000000000000";

    /// <summary>The demo account's auth token.</summary>
    public const string DemoAuthToken = "5151a7ed5151a7ed5151a7ed5151a7ed";

    // One client for every simulator's webhooks, as Twilio is one sender; the poster bounds each request to 15 s.
    private static readonly HttpClient Webhooks = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private readonly TwilioLedger _ledger = new();
    private readonly FaultSchedule<TwilioFault> _faults = new();

    /// <param name="port">The loopback port; 0 picks a free one.</param>
    /// <param name="accountSid">The account whose Basic credentials are accepted: AC and 32 hex digits.</param>
    /// <param name="authToken">The account's auth token.</param>
    /// <param name="time">The clock for received-at times and delays; the system clock when null.</param>
    public TwilioSimulator(int port, string accountSid = DemoAccountSid, string authToken = DemoAuthToken, TimeProvider? time = null)
        : base("twilio", port, SimulatorSeed.Empty)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(accountSid, "^AC[0-9a-f]{32}$"))
        {
            Dispose(); // the base class has already started the server
            throw new ArgumentException("An account sid is AC followed by 32 lowercase hex digits.", nameof(accountSid));
        }

        AccountSid = accountSid;
        var clock = time ?? TimeProvider.System;
        var credentials = new TwilioCredentials(accountSid, authToken);
        var gate = new TwilioFaultGate(_faults, clock);
        var endpoint = new TwilioCreateEndpoint(credentials, _ledger, gate, clock);
        var lists = new TwilioListEndpoint(credentials, _ledger, gate);
        var poster = new WebhookPoster(Webhooks, clock);
        var sms = new TwilioInboundSmsEndpoint(accountSid, authToken, _ledger, poster, clock);
        var answer = new TwilioCallAnswerEndpoint(accountSid, authToken, Url, _ledger, poster, clock);
        Server.Given(Request.Create().WithPath(new RegexMatcher("^/2010-04-01/Accounts/[^/]+/Messages\\.json$")).UsingPost())
            .RespondWith(Response.Create().WithCallback(endpoint.MessagesAsync));
        Server.Given(Request.Create().WithPath(new RegexMatcher("^/2010-04-01/Accounts/[^/]+/Calls\\.json$")).UsingPost())
            .RespondWith(Response.Create().WithCallback(endpoint.CallsAsync));
        Server.Given(Request.Create().WithPath(new RegexMatcher("^/2010-04-01/Accounts/[^/]+/Messages\\.json$")).UsingGet())
            .RespondWith(Response.Create().WithCallback(lists.MessagesAsync));
        Server.Given(Request.Create().WithPath(new RegexMatcher("^/2010-04-01/Accounts/[^/]+/Calls\\.json$")).UsingGet())
            .RespondWith(Response.Create().WithCallback(lists.CallsAsync));
        Server.Given(Request.Create().WithPath("/2010-04-01/*").UsingAnyMethod())
            .AtPriority(100)
            .RespondWith(Response.Create().WithCallback(request => TwilioAnswer.NotFound(request.Path)));
        Server.Given(Request.Create().WithPath("/__ledger/messages").UsingGet())
            .RespondWith(Response.Create().WithCallback(r => TwilioAnswer.Json(200, SimulatorJson.Serialize(Messages.Where(m => Involves(r, m.To, m.From))))));
        Server.Given(Request.Create().WithPath("/__ledger/calls").UsingGet())
            .RespondWith(Response.Create().WithCallback(r => TwilioAnswer.Json(200, SimulatorJson.Serialize(Calls.Where(c => Involves(r, c.To, c.From))))));
        Server.Given(Request.Create().WithPath("/__simulate/sms").UsingPost())
            .RespondWith(Response.Create().WithCallback(sms.HandleAsync));
        Server.Given(Request.Create().WithPath("/__simulate/answer").UsingPost())
            .RespondWith(Response.Create().WithCallback(answer.HandleAsync));
    }

    /// <summary>The account the simulator serves.</summary>
    public string AccountSid { get; }

    /// <summary>Every message accepted so far, oldest first (a snapshot; safe from any thread).</summary>
    public IReadOnlyList<TwilioLedgerMessage> Messages => _ledger.Messages;

    /// <summary>Every call accepted so far, oldest first (a snapshot; safe from any thread).</summary>
    public IReadOnlyList<TwilioLedgerCall> Calls => _ledger.Calls;

    /// <summary>The bodies of the messages sent so far (through the REST API or as TwiML replies), oldest first.</summary>
    public IReadOnlyList<string> SentMessages => Messages.Where(m => m.Direction != TwilioMessageDirection.Inbound).Select(m => m.Body).ToList();

    /// <summary>The next <paramref name="count"/> REST requests get <paramref name="fault"/>; replaces any fault set before.</summary>
    public void InjectFault(TwilioFault fault, int count) => _faults.Set(fault, count);

    /// <summary>Every REST request gets <paramref name="fault"/> until <see cref="ClearFaults"/>; replaces any fault set before.</summary>
    public void InjectFaultUntilCleared(TwilioFault fault) => _faults.Set(fault, null);

    /// <summary>
    /// <c>POST /__faults</c>: a <see cref="TwilioFaultKind"/> name, or the PMS name of the same fault (<c>Latency</c> is
    /// <c>Delay</c>, <c>Throttled</c> is <c>TooManyRequests</c>; <c>ServerError</c> and <c>CreatedThenDropped</c> are the same).
    /// </summary>
    protected override string? SetFault(string kind, TimeSpan seconds, TimeSpan? maxSeconds, int? count)
    {
        var parsed = kind.ToUpperInvariant() switch
        {
            "LATENCY" => TwilioFaultKind.Delay,
            "THROTTLED" => TwilioFaultKind.TooManyRequests,
            _ when Enum.TryParse<TwilioFaultKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) => k,
            _ => (TwilioFaultKind?)null,
        };
        if (parsed is not { } known)
        {
            return $"kind must be one of {string.Join(", ", Enum.GetNames<TwilioFaultKind>())} (or Latency, Throttled)";
        }

        _faults.Set(new TwilioFault(known, seconds) { MaxDuration = maxSeconds }, count);
        return null;
    }

    /// <summary>Whether a ledger entry involves the <c>number</c> of the query (every entry when there is none).</summary>
    private static bool Involves(IRequestMessage request, string to, string from)
    {
        var number = request.Query is { } query && query.TryGetValue("number", out var values) ? values.FirstOrDefault() : null;
        return string.IsNullOrWhiteSpace(number) || PhoneNumbers.Digits(number) is var digits && (PhoneNumbers.Digits(to) == digits || PhoneNumbers.Digits(from) == digits);
    }

    /// <summary>REST requests are answered normally again.</summary>
    public override void ClearFaults()
    {
        base.ClearFaults();
        _faults.Clear();
    }
}
