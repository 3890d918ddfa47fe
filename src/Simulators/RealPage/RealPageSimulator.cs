using System.Text.Json;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// RealPage OneSite's RPX SOAP gateway (pms-apis.md §2, §5.2): <c>POST /rpxgateway/partner/{Partner}/{Partner}.svc</c>
/// dispatched on <c>SOAPAction: http://tempuri.org/IRPXService/{op}</c>, the auth block checked first, the demo
/// portfolio's RealPage sites and residents (<see cref="SimulatorSeed"/>), the customer's Facilities lists, and a ledger
/// of service requests (in code, and at <c>GET /__ledger/work-orders</c>). <c>?wsdl</c> answers a static WSDL.
/// The Facilities operation and element names are this simulator's design choice, to revise with RealPage's WSDL
/// (see plugins/RealPage/README.md).
/// </summary>
public sealed class RealPageSimulator : PmsSimulator
{
    private static readonly JsonSerializerOptions LedgerJson = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, RpxSite> _sites;
    private readonly RpxLedger _ledger = new();
    private readonly TimeProvider _time;

    /// <param name="port">The loopback port; 0 picks a free one.</param>
    /// <param name="seed">The portfolio whose <c>realpage</c> properties become sites.</param>
    /// <param name="options">The simulated customer and gateway; <see cref="RealPageSimulatorOptions.Demo"/> when null.</param>
    /// <param name="time">The clock for creation dates and latency; the system clock when null.</param>
    public RealPageSimulator(int port, SimulatorSeed seed, RealPageSimulatorOptions? options = null, TimeProvider? time = null)
        : base("realpage", port, seed)
    {
        Options = options ?? RealPageSimulatorOptions.Demo;
        _time = time ?? TimeProvider.System;
        _sites = Seed.For("realpage").ToDictionary(p => p.PmsPropertyId, p => new RpxSite(p), StringComparer.Ordinal);
        var endpoint = new RpxEndpoint(Options, _sites, _ledger, Faults, _time);
        var path = new RegexMatcher("(?i)^/rpxgateway/partner/[^/]+/[^/]+\\.svc$");

        Server.Given(Request.Create().WithPath(path).UsingPost())
            .RespondWith(Response.Create().WithCallback(endpoint.HandleAsync));
        Server.Given(Request.Create().WithPath(path).UsingGet())
            .RespondWith(Response.Create().WithCallback(request =>
                request.Query?.Keys.Any(k => string.Equals(k, "wsdl", StringComparison.OrdinalIgnoreCase)) == true
                    ? RpxSoap.Text(200, "text/xml; charset=utf-8", RpxWsdl.For(endpoint.Operations, request.Url.Split('?')[0]))
                    : RpxSoap.Text(404, "text/html", "<html><body><h1>404 Not Found</h1></body></html>")));
        Server.Given(Request.Create().WithPath("/__ledger/work-orders").UsingGet())
            .RespondWith(Response.Create().WithCallback(_ =>
                RpxSoap.Text(200, "application/json; charset=utf-8", JsonSerializer.Serialize(WorkOrders, LedgerJson))));
    }

    /// <summary>The simulated customer and gateway.</summary>
    public RealPageSimulatorOptions Options { get; }

    /// <summary>Every service request created so far, oldest first, as it stands now (a snapshot; safe from any thread).</summary>
    public IReadOnlyList<RealPageServiceRequest> WorkOrders => _ledger.All;

    /// <summary>The site ids served (the <c>realpage</c> properties' ids in the portfolio).</summary>
    public IReadOnlyCollection<string> SiteIds => _sites.Keys;

    /// <summary>Adds (or replaces) a current resident of a site; a unit number the site lacks becomes a new unit.</summary>
    public void AddResident(string siteId, SeedResident resident)
    {
        ArgumentNullException.ThrowIfNull(resident);
        Site(siteId).Add(resident);
    }

    /// <summary>Moves a current resident out: they stay in OneSite as <c>Former</c>. False when there is no such current resident.</summary>
    public bool RemoveResident(string siteId, string residentMemberId) =>
        Site(siteId).MoveOut(residentMemberId, DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime));

    /// <summary>Sets a service request's status, as a technician would in OneSite; false when there is no such request.</summary>
    public bool SetStatus(int serviceRequestId, string status) =>
        _ledger.Update(serviceRequestId, r => r with { Status = status, UpdatedAt = _time.GetUtcNow() }) is not null;

    private RpxSite Site(string siteId) =>
        _sites.TryGetValue(siteId, out var site) ? site : throw new ArgumentException($"The simulator serves no site '{siteId}'.", nameof(siteId));
}
