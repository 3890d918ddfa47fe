namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The properties of the simulated database: their residents (in roster order), their units, and whether the interface
/// entity is configured for them. Safe from any thread; residents can be added, moved out and removed at run time.
/// A unit, once known, stays: units are not deleted when their residents leave.
/// </summary>
internal sealed class YardiPropertyBook
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Property> _properties = new(StringComparer.OrdinalIgnoreCase);

    public YardiPropertyBook(IEnumerable<SeedProperty> seed)
    {
        foreach (var property in seed)
        {
            var entry = new Property(property.PmsPropertyId, property.Name);
            foreach (var resident in property.Residents)
            {
                entry.Residents.Add(YardiResident.From(resident));
                entry.Units.Add(resident.Unit);
            }

            _properties[property.PmsPropertyId] = entry;
        }
    }

    public bool Exists(string? propertyCode) => Find(propertyCode) is not null;

    public IReadOnlyList<(string Code, string Name)> Properties()
    {
        lock (_lock)
        {
            return _properties.Values.Select(p => (p.Code, p.Name)).ToArray();
        }
    }

    public bool InterfaceConfigured(string propertyCode)
    {
        lock (_lock)
        {
            return Find(propertyCode) is { InterfaceConfigured: true };
        }
    }

    public void SetInterfaceConfigured(string propertyCode, bool configured)
    {
        lock (_lock)
        {
            Require(propertyCode).InterfaceConfigured = configured;
        }
    }

    public IReadOnlyList<YardiResident> Residents(string propertyCode)
    {
        lock (_lock)
        {
            return Find(propertyCode)?.Residents.ToArray() ?? [];
        }
    }

    public bool HasUnit(string propertyCode, string unitCode)
    {
        lock (_lock)
        {
            return Find(propertyCode)?.Units.Contains(unitCode) == true;
        }
    }

    public YardiResident? Resident(string propertyCode, string residentCode)
    {
        lock (_lock)
        {
            return Find(propertyCode)?.Residents.FirstOrDefault(r => string.Equals(r.ResidentCode, residentCode, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Adds a resident (replacing one with the same code), and their unit if it is new.</summary>
    public void Add(string propertyCode, YardiResident resident)
    {
        lock (_lock)
        {
            var property = Require(propertyCode);
            var index = property.Residents.FindIndex(r => string.Equals(r.ResidentCode, resident.ResidentCode, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                property.Residents[index] = resident;
            }
            else
            {
                property.Residents.Add(resident);
            }

            property.Units.Add(resident.UnitCode);
        }
    }

    public bool Update(string propertyCode, string residentCode, Func<YardiResident, YardiResident> change)
    {
        lock (_lock)
        {
            var property = Require(propertyCode);
            var index = property.Residents.FindIndex(r => string.Equals(r.ResidentCode, residentCode, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return false;
            }

            property.Residents[index] = change(property.Residents[index]);
            return true;
        }
    }

    public bool Remove(string propertyCode, string residentCode)
    {
        lock (_lock)
        {
            return Require(propertyCode).Residents.RemoveAll(r => string.Equals(r.ResidentCode, residentCode, StringComparison.OrdinalIgnoreCase)) > 0;
        }
    }

    private Property? Find(string? propertyCode) =>
        propertyCode is not null && _properties.TryGetValue(propertyCode, out var property) ? property : null;

    private Property Require(string propertyCode) =>
        Find(propertyCode) ?? throw new ArgumentException($"The simulator has no property '{propertyCode}'.", nameof(propertyCode));

    private sealed class Property(string code, string name)
    {
        public string Code { get; } = code;

        public string Name { get; } = name;

        public List<YardiResident> Residents { get; } = [];

        public HashSet<string> Units { get; } = new(StringComparer.OrdinalIgnoreCase);

        public bool InterfaceConfigured { get; set; } = true;
    }
}
