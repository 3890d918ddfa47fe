namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// Someone the hub may page: a technician, a supervisor or a manager of the portfolio. The phone is personal data: it is
/// shown masked by the CLI and never logged.
/// </summary>
internal sealed class OnCallContactRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid Id { get; set; }

    /// <summary>The contact's id in the portfolio file and the CSV (<c>ana-ruiz</c>).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>E.164.</summary>
    public required string Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>technician, supervisor or manager (<see cref="Routing.ContactRole"/>).</summary>
    public required string Role { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
