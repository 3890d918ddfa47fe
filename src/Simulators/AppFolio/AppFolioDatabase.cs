using System.Globalization;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The simulated customer's AppFolio data: properties, units, occupancies, tenants and work orders, seeded from the
/// demo portfolio, changed by the API and by tests. Every read is a snapshot and every change happens under one lock.
/// </summary>
internal sealed class AppFolioDatabase
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly List<AppFolioProperty> _properties = [];
    private readonly List<AppFolioUnit> _units = [];
    private readonly List<AppFolioTenant> _tenants = [];
    private readonly List<AppFolioWorkOrder> _workOrders = [];
    private readonly List<string> _ledger = [];
    private int _nextUnit = 101;
    private int _nextOccupancy = 6001;
    private int _nextWorkOrder = 1001;

    public AppFolioDatabase(SimulatorSeed seed, AppFolioCustomer customer, TimeProvider time)
    {
        _time = time;
        Customer = customer;

        // The seed predates the simulator's start by a month, so "changed since now" finds only what happens later.
        var seeded = time.GetUtcNow().AddDays(-30);
        foreach (var property in seed.For("appfolio"))
        {
            _properties.Add(new AppFolioProperty(property.PmsPropertyId, property.Name, seeded));
            foreach (var resident in property.Residents)
            {
                AddTenant(property.PmsPropertyId, resident, seeded);
            }

            // Two vacant units, so that a unit list is not only the occupied ones.
            foreach (var vacant in new[] { "11A", "11B" })
            {
                _units.Add(new AppFolioUnit(NextUnitId(), property.PmsPropertyId, vacant, null, seeded));
            }

            SeedHistory(property.PmsPropertyId, seeded);
        }
    }

    public AppFolioCustomer Customer { get; }

    public IReadOnlyList<AppFolioProperty> Properties => Snapshot(_properties);

    public IReadOnlyList<AppFolioUnit> Units => Snapshot(_units);

    public IReadOnlyList<AppFolioTenant> Tenants => Snapshot(_tenants);

    public IReadOnlyList<AppFolioWorkOrder> WorkOrders => Snapshot(_workOrders);

    /// <summary>The work orders created through the API, oldest first, as they are now.</summary>
    public IReadOnlyList<AppFolioWorkOrder> Ledger
    {
        get
        {
            lock (_lock)
            {
                return _ledger.Select(id => _workOrders.Single(w => w.Id == id)).ToList();
            }
        }
    }

    public AppFolioWorkOrder? FindWorkOrder(string id)
    {
        lock (_lock)
        {
            return _workOrders.FirstOrDefault(w => w.Id == id);
        }
    }

    /// <summary>Records a new work order, giving it the next id and the current time.</summary>
    public AppFolioWorkOrder Create(Func<string, DateTimeOffset, AppFolioWorkOrder> create)
    {
        lock (_lock)
        {
            var order = create((_nextWorkOrder++).ToString(CultureInfo.InvariantCulture), _time.GetUtcNow());
            _workOrders.Add(order);
            _ledger.Add(order.Id);
            return order;
        }
    }

    /// <summary>Changes a work order; null when there is none with that id.</summary>
    public AppFolioWorkOrder? Update(string id, Func<AppFolioWorkOrder, DateTimeOffset, AppFolioWorkOrder> change)
    {
        lock (_lock)
        {
            var index = _workOrders.FindIndex(w => w.Id == id);
            if (index < 0)
            {
                return null;
            }

            var now = _time.GetUtcNow();
            _workOrders[index] = change(_workOrders[index], now) with { LastUpdatedAt = now };
            return _workOrders[index];
        }
    }

    /// <summary>Moves a resident in: into their unit's current occupancy, or a new one (and a new unit when the name is new).</summary>
    public AppFolioTenant AddResident(string propertyId, SeedResident resident)
    {
        lock (_lock)
        {
            if (!_properties.Any(p => p.Id == propertyId))
            {
                throw new ArgumentException($"The simulator serves no property '{propertyId}'.", nameof(propertyId));
            }

            if (_tenants.Any(t => t.Id == resident.ResidentId))
            {
                throw new ArgumentException($"Tenant '{resident.ResidentId}' exists already.", nameof(resident));
            }

            return AddTenant(propertyId, resident, _time.GetUtcNow());
        }
    }

    /// <summary>Moves a tenant out: status Past, moved out today; a unit nobody lives in any more becomes vacant.</summary>
    public bool RemoveResident(string tenantId)
    {
        lock (_lock)
        {
            var index = _tenants.FindIndex(t => t.Id == tenantId && t.Status != "Past");
            if (index < 0)
            {
                return false;
            }

            var now = _time.GetUtcNow();
            var tenant = _tenants[index];
            _tenants[index] = tenant with { Status = "Past", MoveOutOn = DateOnly.FromDateTime(now.UtcDateTime), LastUpdatedAt = now };
            if (!_tenants.Any(t => t.OccupancyId == tenant.OccupancyId && t.Status != "Past"))
            {
                var unit = _units.FindIndex(u => u.Id == tenant.UnitId);
                _units[unit] = _units[unit] with { CurrentOccupancyId = null, LastUpdatedAt = now };
            }

            return true;
        }
    }

    private AppFolioTenant AddTenant(string propertyId, SeedResident resident, DateTimeOffset at)
    {
        var unitIndex = _units.FindIndex(u => u.PropertyId == propertyId && string.Equals(u.Name, resident.Unit, StringComparison.OrdinalIgnoreCase));
        if (unitIndex < 0)
        {
            _units.Add(new AppFolioUnit(NextUnitId(), propertyId, resident.Unit, null, at));
            unitIndex = _units.Count - 1;
        }

        var unit = _units[unitIndex];
        if (unit.CurrentOccupancyId is null)
        {
            unit = unit with { CurrentOccupancyId = (_nextOccupancy++).ToString(CultureInfo.InvariantCulture), LastUpdatedAt = at };
            _units[unitIndex] = unit;
        }

        List<AppFolioPhone> phones = [new("Mobile", resident.Phone)];
        if (resident.AltPhone is { } alternative)
        {
            phones.Add(new("Home", alternative));
        }

        var tenant = new AppFolioTenant(
            resident.ResidentId, unit.CurrentOccupancyId!, unit.Id, propertyId, resident.FirstName, resident.LastName, resident.Email, phones,
            "Current", DateOnly.FromDateTime(at.UtcDateTime.AddDays(-1)), null, at);
        _tenants.Add(tenant);
        return tenant;
    }

    // Last year's work orders: one in each configured status, so that the customer's priorities, statuses and trades
    // show on its work orders as they would in a database in use.
    private void SeedHistory(string propertyId, DateTimeOffset seeded)
    {
        var units = _units.Where(u => u.PropertyId == propertyId && u.CurrentOccupancyId is not null).ToList();
        var trades = Customer.Trades;
        for (var i = 0; i < Customer.Statuses.Count; i++)
        {
            var unit = units[i % units.Count];
            var at = seeded.AddDays(-7 * (Customer.Statuses.Count - i));
            var status = Customer.Statuses[i];
            _workOrders.Add(new AppFolioWorkOrder(
                (_nextWorkOrder++).ToString(CultureInfo.InvariantCulture), propertyId, unit.Id, unit.CurrentOccupancyId,
                $"Routine inspection follow-up {i + 1}", null, Customer.Priorities[i % Customer.Priorities.Count], status, true, null,
                trades.Count == 0 ? null : trades[i % trades.Count], at, at,
                CompletedOn: status.StartsWith("Completed", StringComparison.OrdinalIgnoreCase) ? at : null,
                CanceledOn: status.StartsWith("Cancel", StringComparison.OrdinalIgnoreCase) ? at : null));
        }
    }

    private string NextUnitId() => (_nextUnit++).ToString(CultureInfo.InvariantCulture);

    private List<T> Snapshot<T>(List<T> list)
    {
        lock (_lock)
        {
            return [.. list];
        }
    }
}
