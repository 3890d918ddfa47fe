using System.Collections.Concurrent;
using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// Vendors' own HTTPS endpoints as the generic dispatcher (<c>vendor.generic</c>) reaches them: per vendor,
/// <c>POST /vendors/{code}/dispatch</c> (the signed webhook: signature and 5-minute window checked, one job per
/// Idempotency-Key, answered accept, decline or pending by configuration) and <c>GET /vendors/{code}/jobs/{id}</c>
/// (status by job id or Idempotency-Key, signed likewise). Every delivery and job is in a ledger, in code and at
/// <c>GET /__ledger/deliveries</c> and <c>/__ledger/jobs</c>; injected faults apply to the next vendor requests.
/// Loopback only, like every simulator.
/// </summary>
public sealed class VendorEndpointSimulator : PmsSimulator
{
    private static readonly JsonSerializerOptions LedgerJson = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<string, SimulatedVendor> _vendors;
    private readonly VendorLedger _ledger = new();

    /// <param name="port">The loopback port; 0 picks a free one.</param>
    /// <param name="vendors">The vendors to play; <see cref="SimulatedVendor.Demo"/> when null.</param>
    /// <param name="time">The clock for the signature window, record times and delays; the system clock when null.</param>
    public VendorEndpointSimulator(int port, IEnumerable<SimulatedVendor>? vendors = null, TimeProvider? time = null)
        : base("vendors", port, SimulatorSeed.Empty)
    {
        _vendors = new ConcurrentDictionary<string, SimulatedVendor>((vendors ?? SimulatedVendor.Demo).ToDictionary(v => v.Code, StringComparer.Ordinal));
        var api = new VendorEndpointApi(_vendors, _ledger, Faults.Take, time ?? TimeProvider.System);
        Server.Given(Request.Create().WithPath("/vendors/*").UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(api.HandleAsync));
        Server.Given(Request.Create().WithPath("/__ledger/deliveries").UsingGet())
            .RespondWith(Response.Create().WithCallback(_ => VendorEndpointAnswer.Raw(200, JsonSerializer.Serialize(Deliveries, LedgerJson), "application/json")));
        Server.Given(Request.Create().WithPath("/__ledger/jobs").UsingGet())
            .RespondWith(Response.Create().WithCallback(_ => VendorEndpointAnswer.Raw(200, JsonSerializer.Serialize(Jobs, LedgerJson), "application/json")));
    }

    /// <summary>The vendors played, as configured now.</summary>
    public IReadOnlyList<SimulatedVendor> Vendors => _vendors.Values.OrderBy(v => v.Code, StringComparer.Ordinal).ToList();

    /// <summary>Every webhook that reached the vendor's checks so far, oldest first, refused ones included; requests answered by an injected fault before them are not (a snapshot; safe from any thread).</summary>
    public IReadOnlyList<VendorDelivery> Deliveries => _ledger.Deliveries;

    /// <summary>The jobs taken in so far, oldest first, with their status now (a snapshot; safe from any thread).</summary>
    public IReadOnlyList<VendorJob> Jobs => _ledger.Jobs;

    /// <summary>Where the vendor's webhook is: the dispatcher's <c>webhookUrl</c> setting.</summary>
    /// <param name="code">The vendor's code.</param>
    /// <returns>The URL.</returns>
    public string WebhookUrl(string code) => $"{Url}/vendors/{Uri.EscapeDataString(code)}/dispatch";

    /// <summary>Where the vendor's job statuses are: the dispatcher's <c>statusUrl</c> setting.</summary>
    /// <param name="code">The vendor's code.</param>
    /// <returns>The URL.</returns>
    public string StatusUrl(string code) => $"{Url}/vendors/{Uri.EscapeDataString(code)}/jobs";

    /// <summary>Changes how a vendor answers new dispatches (repeats of a key keep their first answer).</summary>
    /// <param name="code">The vendor's code.</param>
    /// <param name="reply">The new reply.</param>
    public void SetReply(string code, VendorReply reply)
    {
        var vendor = _vendors.TryGetValue(code, out var found) ? found : throw new ArgumentException($"There is no vendor '{code}'.", nameof(code));
        _vendors[code] = vendor with { Reply = reply };
    }

    /// <summary>Sets a job's status, as the vendor would later: <c>accepted</c>, <c>declined</c>, <c>in_progress</c>, <c>completed</c>…</summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="status">The status word.</param>
    public void SetJobStatus(string jobId, string status)
    {
        if (!_ledger.SetStatus(jobId, status))
        {
            throw new ArgumentException($"There is no job '{jobId}'.", nameof(jobId));
        }
    }
}
