using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// AppFolio's Stack v1 REST API (pms-apis.md §5.3) for the simulated customer: properties, units, tenants, vendors and
/// work orders behind Basic auth, seeded from the demo portfolio; AppFolio's error shapes; a token bucket with
/// Retry-After; injected faults in HTTP's own way (5xx, 429, dropped connections, malformed bodies, work orders created
/// then dropped or answered without an id); a ledger of the work orders created through the API, in code and at
/// <c>GET /__ledger/work-orders</c>; residents moved in and out at run time.
/// </summary>
public sealed class AppFolioSimulator : PmsSimulator
{
    private static readonly JsonSerializerOptions LedgerJson = new(JsonSerializerDefaults.Web);
    private readonly AppFolioDatabase _database;

    /// <param name="port">The loopback port; 0 picks a free one.</param>
    /// <param name="seed">The properties and residents to serve (those whose PMS is <c>appfolio</c>).</param>
    /// <param name="clientId">The Stack API client id whose Basic credentials are accepted.</param>
    /// <param name="clientSecret">Its secret.</param>
    /// <param name="customer">The customer's configuration; <see cref="AppFolioCustomer.Demo"/> when null.</param>
    /// <param name="time">The clock for record times, the token bucket and delays; the system clock when null.</param>
    public AppFolioSimulator(int port, SimulatorSeed seed, string clientId, string clientSecret, AppFolioCustomer? customer = null, TimeProvider? time = null)
        : base("appfolio", port, seed, AppFolioDroppedConnection.Enable)
    {
        var clock = time ?? TimeProvider.System;
        _database = new AppFolioDatabase(seed, customer ?? AppFolioCustomer.Demo, clock);
        var api = new AppFolioApi(clientId, clientSecret, _database, new AppFolioTokenBucket(_database.Customer.RateLimit, clock), Faults.Take, clock);
        Server.Given(Request.Create().WithPath("/api/*").UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(api.HandleAsync));
        Server.Given(Request.Create().WithPath("/__ledger/work-orders").UsingGet())
            .RespondWith(Response.Create().WithCallback(_ => AppFolioAnswer.Json(200, JsonSerializer.Serialize(WorkOrders, LedgerJson))));
    }

    /// <summary>The customer's configuration the simulator serves.</summary>
    public AppFolioCustomer Customer => _database.Customer;

    /// <summary>The work orders created through the API so far, oldest first, as they are now (a snapshot; safe from any thread).</summary>
    public IReadOnlyList<AppFolioWorkOrder> WorkOrders => _database.Ledger;

    /// <summary>Every work order, the seeded history included.</summary>
    public IReadOnlyList<AppFolioWorkOrder> AllWorkOrders => _database.WorkOrders;

    /// <summary>The tenants, past ones included.</summary>
    public IReadOnlyList<AppFolioTenant> Tenants => _database.Tenants;

    /// <summary>The units.</summary>
    public IReadOnlyList<AppFolioUnit> Units => _database.Units;

    /// <summary>Moves a resident in (a new unit when the unit name is new); they show in tenant lists changed since now.</summary>
    /// <param name="propertyId">The AppFolio property id, for example <c>42</c>.</param>
    /// <param name="resident">The resident; their id becomes the tenant id.</param>
    /// <returns>The new tenant.</returns>
    public AppFolioTenant AddResident(string propertyId, SeedResident resident) => _database.AddResident(propertyId, resident);

    /// <summary>Moves a tenant out: AppFolio keeps them with status Past, changed now. False when there is no such current tenant.</summary>
    /// <param name="tenantId">The tenant id.</param>
    /// <returns>Whether a tenant moved out.</returns>
    public bool RemoveResident(string tenantId) => _database.RemoveResident(tenantId);

    /// <summary>Sets a work order's status, as the property manager would in AppFolio.</summary>
    /// <param name="workOrderId">The work order id.</param>
    /// <param name="status">One of the customer's statuses.</param>
    public void SetWorkOrderStatus(string workOrderId, string status)
    {
        if (!Customer.Statuses.Contains(status))
        {
            throw new ArgumentException($"'{status}' is not one of the customer's statuses.", nameof(status));
        }

        _ = _database.Update(workOrderId, (order, _) => order with { Status = status })
            ?? throw new ArgumentException($"There is no work order '{workOrderId}'.", nameof(workOrderId));
    }
}
