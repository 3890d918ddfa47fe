using System.Text;
using System.Text.Json;
using System.Web;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// ServiceChannel's REST API v3 (pms-apis.md §4.1, §5.4) for one simulated subscriber: the OAuth token endpoint
/// (client credentials), <c>POST /v3/workorders</c> validated against the subscriber's locations, trades, priorities,
/// providers and categories (400 with ModelState), <c>GET /v3/workorders/{id}</c>, <c>PUT /v3/workorders/{id}/status</c>
/// and <c>GET /v3/odata/workorders?$filter=…</c> with <c>@odata.nextLink</c>; Bearer tokens that expire by the clock
/// or on <see cref="ExpireTokens"/> (401 invalid_token); injected faults on every /v3 request, on creates only, or on
/// the token endpoint; a ledger of work orders in code and at <c>GET /__ledger/work-orders</c>. Loopback only.
/// </summary>
public sealed class ServiceChannelSimulator : PmsSimulator
{
    /// <summary>The demo app's client id (loopback only, not a real app).</summary>
    public const string DemoClientId = "SB.2014917243.AIPC-DEMO";

    /// <summary>The demo app's client secret.</summary>
    public const string DemoClientSecret = "demo-servicechannel-secret";

    private static readonly JsonSerializerOptions LedgerJson = new(JsonSerializerDefaults.Web);
    private readonly ServiceChannelLedger _ledger;
    private readonly ServiceChannelTokens _tokens;
    private readonly FaultSchedule<PmsFault> _createFaults = new();
    private readonly FaultSchedule<PmsFault> _tokenFaults = new();
    private readonly TimeProvider _time;

    /// <param name="port">The loopback port; 0 picks a free one.</param>
    /// <param name="clientId">The OAuth client id whose credentials the token endpoint accepts.</param>
    /// <param name="clientSecret">Its secret.</param>
    /// <param name="subscriber">The subscriber's configuration; <see cref="ServiceChannelSubscriber.Demo"/> when null.</param>
    /// <param name="time">The clock for token lifetimes, record times and delays; the system clock when null.</param>
    public ServiceChannelSimulator(
        int port, string clientId = DemoClientId, string clientSecret = DemoClientSecret, ServiceChannelSubscriber? subscriber = null, TimeProvider? time = null)
        : base("servicechannel", port, SimulatorSeed.Empty)
    {
        _time = time ?? TimeProvider.System;
        Subscriber = subscriber ?? ServiceChannelSubscriber.Demo;
        _ledger = new ServiceChannelLedger(_time);
        _tokens = new ServiceChannelTokens(clientId, clientSecret, Subscriber.TokenLifetime, _time);
        var api = new ServiceChannelApi(Subscriber, _tokens, _ledger, Faults.Take, _createFaults.Take, () => Url, _time);
        Server.Given(Request.Create().WithPath("/oauth/token").UsingPost())
            .RespondWith(Response.Create().WithCallback(TokenAsync));
        Server.Given(Request.Create().WithPath("/v3/*").UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(api.HandleAsync));
        Server.Given(Request.Create().WithPath("/__ledger/work-orders").UsingGet())
            .RespondWith(Response.Create().WithCallback(_ => ServiceChannelAnswer.Raw(200, JsonSerializer.Serialize(WorkOrders, LedgerJson), "application/json")));
    }

    /// <summary>The subscriber the simulator serves.</summary>
    public ServiceChannelSubscriber Subscriber { get; }

    /// <summary>The work orders created through the API so far, oldest first, as they are now (a snapshot; safe from any thread).</summary>
    public IReadOnlyList<ServiceChannelWorkOrder> WorkOrders => _ledger.All;

    /// <summary>How many access tokens the token endpoint has issued.</summary>
    public int TokensIssued => _tokens.Issued;

    /// <summary>Every token issued so far stops working: the next API request with one gets 401 invalid_token.</summary>
    public void ExpireTokens() => _tokens.ExpireAll();

    /// <summary>Sets a work order's status, as the provider or the subscriber would in ServiceChannel.</summary>
    /// <param name="workOrderId">The work order id.</param>
    /// <param name="primary">One of the subscriber's primary statuses, for example <c>IN PROGRESS</c>.</param>
    /// <param name="extended">The extended status, for example <c>DISPATCH CONFIRMED</c>, or null.</param>
    public void SetStatus(long workOrderId, string primary, string? extended = null)
    {
        if (!Subscriber.PrimaryStatuses.Contains(primary))
        {
            throw new ArgumentException($"'{primary}' is not one of the subscriber's primary statuses.", nameof(primary));
        }

        _ = _ledger.SetStatus(workOrderId, primary, extended) ?? throw new ArgumentException($"There is no work order {workOrderId}.", nameof(workOrderId));
    }

    /// <summary>The next <paramref name="count"/> creates (POST /v3/workorders; null: all until cleared) meet the fault; other requests do not.</summary>
    /// <param name="fault">The fault, typically <see cref="PmsFaultKind.CreatedThenDropped"/> or <see cref="PmsFaultKind.NoIdReturned"/>.</param>
    /// <param name="count">How many creates.</param>
    public void InjectCreateFault(PmsFault fault, int? count = 1) => _createFaults.Set(fault, count);

    /// <summary>The next <paramref name="count"/> token requests (null: all until cleared) meet the fault.</summary>
    /// <param name="fault">The fault (latency, server error, reset, malformed body, throttling).</param>
    /// <param name="count">How many token requests.</param>
    public void InjectTokenFault(PmsFault fault, int? count = 1) => _tokenFaults.Set(fault, count);

    /// <inheritdoc />
    public override void ClearFaults()
    {
        base.ClearFaults();
        _createFaults.Clear();
        _tokenFaults.Clear();
    }

    /// <summary><c>POST /oauth/token</c>: client credentials as Basic auth or form fields, <c>grant_type=client_credentials</c>.</summary>
    private async Task<IResponseMessage> TokenAsync(IRequestMessage request)
    {
        var fault = _tokenFaults.Take();
        switch (fault?.Kind)
        {
            case PmsFaultKind.Latency:
                await Task.Delay(fault.DrawLatency(), _time);
                break;
            case PmsFaultKind.ServerError:
                return fault.Duration > TimeSpan.Zero ? ServiceChannelAnswer.ServiceUnavailable(fault.Duration) : ServiceChannelAnswer.Message(500, "An error has occurred.");
            case PmsFaultKind.ConnectionReset or PmsFaultKind.CreatedThenDropped:
                return DroppedConnection.Answer();
            case PmsFaultKind.MalformedBody or PmsFaultKind.NoIdReturned:
                return ServiceChannelAnswer.Raw(200, """{"access_tok""", "application/json");
            case PmsFaultKind.Throttled:
                return ServiceChannelAnswer.TooManyRequests(fault.Duration);
        }

        var form = HttpUtility.ParseQueryString(request.Body ?? string.Empty);
        var (id, secret) = BasicCredentials(request) ?? (form["client_id"], form["client_secret"]);
        if (!_tokens.AcceptsClient(id, secret))
        {
            return ServiceChannelAnswer.OAuthError(401, "invalid_client", "Client authentication failed.");
        }

        if (form["grant_type"] != "client_credentials")
        {
            return ServiceChannelAnswer.OAuthError(400, "unsupported_grant_type", "The grant type is not supported.");
        }

        return ServiceChannelAnswer.Json(200, new Dictionary<string, object>
        {
            ["access_token"] = _tokens.Issue(),
            ["token_type"] = "bearer",
            ["expires_in"] = (long)_tokens.Lifetime.TotalSeconds,
        });
    }

    private static (string? Id, string? Secret)? BasicCredentials(IRequestMessage request)
    {
        var header = request.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (header is null || !header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? (null, null) : (pair[..colon], pair[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return (null, null);
        }
    }
}
