namespace AiPhoneCoverage.Hub.Storage;

/// <summary>A vendor the portfolio dispatches to, through an <c>IVendorDispatcher</c> plugin.</summary>
internal sealed class VendorRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid Id { get; set; }

    /// <summary>The vendor's code in the portfolio file (<c>acme-plumbing</c>).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The dispatcher plugin's id (<c>vendor.generic</c>, <c>vendor.servicechannel</c>).</summary>
    public required string Dispatcher { get; set; }

    /// <summary>The plugin's settings, encrypted at rest like the PMS settings (Security/SettingsProtector).</summary>
    public string? SettingsJson { get; set; }

    /// <summary>A number the hub texts the dispatch to as well, E.164; personal data, never logged.</summary>
    public string? SmsPhone { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
