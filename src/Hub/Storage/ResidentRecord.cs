using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Storage;

/// <summary>A resident, keyed in the roster by the code the PMS (or the CSV) gives them.</summary>
internal sealed class ResidentRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid Id { get; set; }

    public Guid PropertyId { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>resident_id: the resident's code in the PMS.</summary>
    public required string ExternalId { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public string? Email { get; set; }

    public ResidentStatus Status { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<ResidentPhoneRecord> Phones { get; } = [];
}
