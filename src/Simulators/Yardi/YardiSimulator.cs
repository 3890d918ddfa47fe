using System.Text.Json;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// Yardi Voyager's SOAP ItfServiceRequests interface (pms-apis.md §5.1) at <c>POST /{client}/webservices/ItfServiceRequests.asmx</c>
/// (path case-insensitive; <c>GET …?WSDL</c> serves a generated WSDL): Ping, GetVersionNumber, GetPropertyConfigurations,
/// GetResident_Search(Plus), GetCustomValues(2), CreateOrEditServiceRequests, GetServiceRequest_Search,
/// GetServiceRequest_ByDateRange and GetServiceRequests, over the demo portfolio's Yardi properties and residents, one
/// customer's <see cref="YardiCustomValues"/>, and a ledger of service requests (in code, and at
/// <c>GET /__ledger/work-orders</c>). Errors come as Voyager sends them: HTTP 200 with an in-body message, or HTTP 500
/// with a soap:Fault for a request ASMX cannot read. Injected faults: latency, a soap:Server fault, a reset before
/// acting, a truncated envelope, an in-body "Too many requests", created-then-dropped (the work order is recorded and
/// the connection aborted) and an echo without the new id.
/// </summary>
public sealed class YardiSimulator : PmsSimulator
{
    private static readonly JsonSerializerOptions LedgerJson = new(JsonSerializerDefaults.Web);
    private readonly YardiPropertyBook _book;
    private readonly YardiLedger _ledger = new();
    private volatile YardiCustomValues _customValues;
    private volatile bool _emptyResultOnLoginFailure;

    /// <param name="port">The loopback port; 0 picks a free one.</param>
    /// <param name="seed">The demo portfolio: the simulator serves its properties whose PMS is <c>yardi</c>.</param>
    /// <param name="credentials">The interface credentials it accepts; <see cref="YardiCredentials.Demo"/> when null.</param>
    /// <param name="customValues">The customer's lists; <see cref="YardiCustomValues.Default"/> when null.</param>
    /// <param name="time">The clock for dates and delays; the system clock when null.</param>
    public YardiSimulator(int port, SimulatorSeed seed, YardiCredentials? credentials = null, YardiCustomValues? customValues = null, TimeProvider? time = null)
        : base("yardi", port, seed, YardiFaultGate.Create(out var gate))
    {
        time ??= TimeProvider.System;
        Credentials = credentials ?? YardiCredentials.Demo;
        _customValues = customValues ?? YardiCustomValues.Default;
        _book = new YardiPropertyBook(Seed.For("yardi"));
        gate.Bind(Faults, time);

        var endpoint = new YardiSoapEndpoint(Credentials, _book, _ledger, () => _customValues, () => _emptyResultOnLoginFailure, time);
        var path = new RegexMatcher("(?i)^/[^/]+/webservices/itfservicerequests\\.asmx$");
        Server.Given(Request.Create().WithPath(path).UsingPost())
            .RespondWith(Response.Create().WithCallback(endpoint.Answer));
        Server.Given(Request.Create().WithPath(path).UsingGet())
            .RespondWith(Response.Create().WithCallback(request => request.RawQuery?.Contains("wsdl", StringComparison.OrdinalIgnoreCase) == true
                ? YardiSoapAnswer.Text(200, "text/xml; charset=utf-8", YardiWsdl.Build(YardiServiceRequestsContract.Name, YardiServiceRequestsContract.Operations, request.Url.Split('?')[0]))
                : YardiSoapAnswer.Text(200, "text/html; charset=utf-8", "<html><body><h1>ItfServiceRequests</h1><p>Add ?WSDL for the service description.</p></body></html>")));
        Server.Given(Request.Create().WithPath("/__ledger/work-orders").UsingGet())
            .RespondWith(Response.Create().WithCallback(_ => YardiSoapAnswer.Text(200, "application/json; charset=utf-8", JsonSerializer.Serialize(WorkOrders, LedgerJson))));
    }

    /// <summary>The SOAPAction prefix and request namespace of ItfServiceRequests.</summary>
    public static string ServiceRequestsNamespace => YardiSoap.Interface(YardiServiceRequestsContract.Name).NamespaceName;

    /// <summary>The credentials the simulator accepts.</summary>
    public YardiCredentials Credentials { get; }

    /// <summary>The customer's lists; replace them to simulate a customer changing its configuration.</summary>
    public YardiCustomValues CustomValues
    {
        get => _customValues;
        set => _customValues = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Legacy mode: a refused login answers an empty <c>{Op}Result</c> instead of the "Login failed" message.</summary>
    public bool EmptyResultOnLoginFailure
    {
        get => _emptyResultOnLoginFailure;
        set => _emptyResultOnLoginFailure = value;
    }

    /// <summary>Every service request recorded so far, oldest first (a snapshot; safe from any thread).</summary>
    public IReadOnlyList<YardiWorkOrder> WorkOrders => _ledger.All;

    /// <summary>The residents of a property, in roster order.</summary>
    public IReadOnlyList<YardiResident> Residents(string propertyId) => _book.Residents(propertyId);

    /// <summary>Adds a resident to a property (or replaces the one with the same code); a new unit is added with it.</summary>
    public void AddResident(string propertyId, YardiResident resident)
    {
        ArgumentNullException.ThrowIfNull(resident);
        _book.Add(propertyId, resident);
    }

    /// <summary>Marks a resident as moved out (Yardi status <c>Past</c>); Yardi keeps former residents.</summary>
    public bool MoveOutResident(string propertyId, string residentCode) =>
        _book.Update(propertyId, residentCode, r => r with { Status = "Past" });

    /// <summary>Deletes a resident from the property's roster.</summary>
    public bool RemoveResident(string propertyId, string residentCode) => _book.Remove(propertyId, residentCode);

    /// <summary>Whether the interface entity is configured for a property; unconfigured, its calls are refused.</summary>
    public void SetInterfaceConfigured(string propertyId, bool configured) => _book.SetInterfaceConfigured(propertyId, configured);

    /// <summary>Changes a service request's status, as the property's staff would; false when there is no such request.</summary>
    public bool SetWorkOrderStatus(int serviceRequestId, string status, DateTimeOffset at) =>
        _ledger.Update(serviceRequestId, o => o with { CurrentStatus = status, StatusHistory = [.. o.StatusHistory, new YardiStatusChange(status, at)] }) is not null;
}
