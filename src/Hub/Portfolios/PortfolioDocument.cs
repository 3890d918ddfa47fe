namespace AiPhoneCoverage.Hub.Portfolios;

/// <summary>A portfolio as a file (<c>samples/demo/portfolio.json</c>): what `aipc portfolio import` reads and `export` writes.</summary>
internal sealed record PortfolioDocument
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<PropertyDocument> Properties { get; init; } = [];

    /// <summary>
    /// Further numbers a workflow may transfer calls to (an office, an answering service), besides the properties'
    /// emergency lines and the on-call contacts; stored as E.164. Null keeps what the portfolio has, <c>[]</c> clears it.
    /// </summary>
    public IReadOnlyList<string>? AllowedTransferNumbers { get; init; }

    /// <summary>
    /// The people on-call rotations name (docs/routing.md). With <see cref="OnCall"/>, the portfolio's whole on-call
    /// configuration: a file with either section replaces it, a file with neither leaves it as it is.
    /// </summary>
    public IReadOnlyList<Routing.ContactDocument>? Contacts { get; init; }

    /// <summary>On-call rotations and overrides (docs/routing.md).</summary>
    public Routing.OnCallDocument? OnCall { get; init; }

    /// <summary>The escalation tiers for emergencies (docs/routing.md); null keeps what the portfolio has.</summary>
    public Escalations.EscalationDocument? Escalation { get; init; }

    /// <summary>SLA targets per urgency (docs/routing.md); null keeps what the portfolio has.</summary>
    public Sla.SlaDocument? Sla { get; init; }

    /// <summary>The texts sent to residents; null keeps what the portfolio has.</summary>
    public Routing.MessagesDocument? Messages { get; init; }

    /// <summary>The vendors work orders may be dispatched to; with <see cref="PreferredVendors"/>, replaced together when either is present.</summary>
    public IReadOnlyList<Vendors.VendorDocument>? Vendors { get; init; }

    /// <summary>Which vendor each property (or the portfolio) prefers per trade, with the not-to-exceed amount.</summary>
    public IReadOnlyList<Vendors.PreferredVendorDocument>? PreferredVendors { get; init; }
}
