using System.Globalization;
using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// One POST to <c>/rpxgateway/partner/{Partner}/{Partner}.svc</c>: the injected fault first (each in RPX's own way),
/// then the partner path, the SOAPAction and body, the licence checks, and the operation.
/// </summary>
internal sealed class RpxEndpoint
{
    private readonly RealPageSimulatorOptions _options;
    private readonly FaultSchedule<PmsFault> _faults;
    private readonly TimeProvider _time;
    private readonly RpxGuard _guard;
    private readonly Dictionary<string, Func<RpxCall, RpxSite, bool, ResponseMessage>> _operations;

    public RpxEndpoint(RealPageSimulatorOptions options, IReadOnlyDictionary<string, RpxSite> sites, RpxLedger ledger, FaultSchedule<PmsFault> faults, TimeProvider time)
    {
        _options = options;
        _faults = faults;
        _time = time;
        _guard = new RpxGuard(options, sites);
        var lookups = new RpxLookups(sites, options.Vocabulary);
        var facilities = new RpxFacilities(options, ledger, time);
        _operations = new(StringComparer.Ordinal)
        {
            ["getsitelist"] = (c, s, _) => lookups.SiteList(c, s),
            ["unitlist"] = (c, s, _) => RpxLookups.UnitList(c, s),
            ["getresidentlistinfo"] = (c, s, _) => RpxLookups.ResidentList(c, s),
            ["getresidentlist"] = (c, s, _) => RpxLookups.ResidentList(c, s),
            ["getproblems"] = (c, s, _) => lookups.Problems(c, s),
            ["getservicerequestpriorities"] = (c, s, _) => lookups.Priorities(c, s),
            ["getlocations"] = (c, s, _) => lookups.Locations(c, s),
            ["AddServiceRequest"] = facilities.Add,
            ["UpdateServiceRequest"] = (c, s, _) => facilities.Update(c, s),
            ["getservicerequests"] = (c, s, _) => facilities.List(c, s),
        };
    }

    public IReadOnlyCollection<string> Operations => _operations.Keys;

    public async Task<IResponseMessage> HandleAsync(IRequestMessage request)
    {
        var fault = _faults.Take();
        switch (fault?.Kind)
        {
            case PmsFaultKind.Latency:
                await Task.Delay(fault.DrawLatency(), _time);
                break;
            case PmsFaultKind.ServerError:
                return RpxSoap.GatewayPage(_options.GatewayErrorStatus);
            case PmsFaultKind.ConnectionReset:
                return DroppedConnection.Answer();
            case PmsFaultKind.MalformedBody:
                return RpxSoap.Truncated("unitlist");
            case PmsFaultKind.Throttled:
                var seconds = Math.Max(1, (int)Math.Ceiling(fault.Duration.TotalSeconds));
                return RpxSoap.Fault("s:Server", $"Request limit exceeded for this license. Try again in {seconds.ToString(CultureInfo.InvariantCulture)} seconds.");
        }

        // /rpxgateway/partner/{Partner}/{Partner}.svc, the partner the licence was issued to, in any case.
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length != 4
            || !string.Equals(segments[2], _options.Partner, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(segments[3], _options.Partner + ".svc", StringComparison.OrdinalIgnoreCase))
        {
            return RpxSoap.Text(404, "text/html", "<html><body><h1>404 Not Found</h1></body></html>");
        }

        var (call, refusal) = RpxCall.Parse(Header(request, "SOAPAction"), request.Body, Operations);
        if (call is null)
        {
            return refusal!;
        }

        var (site, denied) = _guard.Admit(call);
        if (site is null)
        {
            return denied!;
        }

        var answer = _operations[call.Operation](call, site, fault?.Kind == PmsFaultKind.NoIdReturned);
        return fault?.Kind == PmsFaultKind.CreatedThenDropped ? DroppedConnection.Answer() : answer;
    }

    private static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
