namespace AiPhoneCoverage.Hub.Storage;

/// <summary>A property (community) of a portfolio, with its PMS connection.</summary>
internal sealed class PropertyRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>IANA time zone, for example America/Chicago.</summary>
    public required string TimeZone { get; set; }

    /// <summary>The PMS plugin id (yardi, realpage, appfolio), or null for a property kept by CSV roster.</summary>
    public string? PmsPlugin { get; set; }

    /// <summary>The property's id in the PMS.</summary>
    public string? PmsPropertyId { get; set; }

    /// <summary>Connection settings as JSON, encrypted at rest (<see cref="Security.SettingsProtector"/>).</summary>
    public string? PmsSettingsJson { get; set; }

    /// <summary>When the roster was last synchronised from the PMS (the start of that sync).</summary>
    public DateTimeOffset? RosterSyncedAt { get; set; }

    /// <summary>When the whole roster was last read from the PMS (which is when moved-out residents are found).</summary>
    public DateTimeOffset? RosterFullSyncAt { get; set; }

    /// <summary>E.164 number to transfer life-safety calls to.</summary>
    public string? EmergencyLine { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<PropertyPhoneRecord> PhoneNumbers { get; } = [];
}
