namespace AiPhoneCoverage.Hub.Residents;

/// <summary>A resident as the roster index keeps it: only what the greeting and the caller match need.</summary>
internal sealed class IndexedResident(Guid residentId, IndexedProperty property, string unitCode, string externalId, string firstName, string lastName)
{
    public Guid ResidentId { get; } = residentId;

    public IndexedProperty Property { get; } = property;

    public string UnitCode { get; } = unitCode;

    public string ExternalId { get; } = externalId;

    public string FirstName { get; } = firstName;

    public string LastName { get; } = lastName;
}
