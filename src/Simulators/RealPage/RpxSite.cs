using System.Globalization;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// One simulated OneSite property: its units (every unit residents live in, plus the numbers missing between them on
/// a floor, which are vacant) and its residents. Residents can be added and moved out at run time; a moved-out
/// resident stays as <c>Former</c>, as in OneSite. Thread-safe.
/// </summary>
internal sealed class RpxSite
{
    private readonly Lock _lock = new();
    private readonly List<RpxUnit> _units = [];
    private readonly List<RpxResident> _residents = [];

    public RpxSite(SeedProperty property)
    {
        SiteId = property.PmsPropertyId;
        Name = property.Name;
        foreach (var number in UnitNumbers(property.Residents.Select(r => r.Unit)))
        {
            UnitFor(number);
        }

        foreach (var resident in property.Residents)
        {
            Add(resident);
        }
    }

    public string SiteId { get; }

    public string Name { get; }

    public IReadOnlyList<RpxUnit> Units
    {
        get
        {
            lock (_lock)
            {
                return _units.ToArray();
            }
        }
    }

    public IReadOnlyList<RpxResident> Residents
    {
        get
        {
            lock (_lock)
            {
                return _residents.ToArray();
            }
        }
    }

    public bool IsVacant(RpxUnit unit)
    {
        lock (_lock)
        {
            return !_residents.Any(r => r.Unit == unit && r.LeaseStatus == "Current");
        }
    }

    public RpxUnit? FindUnit(string unitId)
    {
        lock (_lock)
        {
            return _units.FirstOrDefault(u => u.UnitId == unitId);
        }
    }

    public void Add(SeedResident resident)
    {
        lock (_lock)
        {
            var unit = UnitFor(resident.Unit);
            _residents.RemoveAll(r => r.Person.ResidentId == resident.ResidentId);
            var head = !_residents.Any(r => r.Unit == unit && r.LeaseStatus == "Current" && r.HeadOfHousehold);
            _residents.Add(new RpxResident(resident, unit, "Current", head, null));
        }
    }

    /// <summary>Moves a current resident out (they stay as <c>Former</c>); false when there is no such current resident.</summary>
    public bool MoveOut(string residentId, DateOnly date)
    {
        lock (_lock)
        {
            var index = _residents.FindIndex(r => r.Person.ResidentId == residentId && r.LeaseStatus == "Current");
            if (index < 0)
            {
                return false;
            }

            _residents[index] = _residents[index] with { LeaseStatus = "Former", MoveOutDate = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
            return true;
        }
    }

    private RpxUnit UnitFor(string number)
    {
        // Called under the lock (or from the constructor).
        if (_units.FirstOrDefault(u => string.Equals(u.UnitNumber, number, StringComparison.OrdinalIgnoreCase)) is { } known)
        {
            return known;
        }

        var floor = int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 100 ? n / 100 : 1;
        var unit = new RpxUnit((90001 + _units.Count).ToString(CultureInfo.InvariantCulture), number, "Building " + ((floor + 1) / 2).ToString(CultureInfo.InvariantCulture), floor);
        _units.Add(unit);
        return unit;
    }

    /// <summary>The residents' unit numbers, plus the numbers missing between them on each floor (vacant units), in order.</summary>
    private static IEnumerable<string> UnitNumbers(IEnumerable<string> occupied)
    {
        var numbers = occupied.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var numeric = numbers.Where(u => int.TryParse(u, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 100)
            .Select(u => int.Parse(u, CultureInfo.InvariantCulture)).ToList();
        var filled = numeric.GroupBy(n => n / 100)
            .SelectMany(floor => Enumerable.Range(floor.Min(), floor.Max() - floor.Min() + 1))
            .Select(n => n.ToString(CultureInfo.InvariantCulture));
        return filled.Concat(numbers.Where(u => !numeric.Contains(int.TryParse(u, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal);
    }
}
