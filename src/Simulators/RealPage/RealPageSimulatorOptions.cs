namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The simulated RealPage customer and gateway: the partner path, the licence (pmcid, key, authorised operations),
/// whether it is a registered vendor (username and password required), its Facilities lists, and which of the
/// documented answer shapes it uses where pms-apis.md §5.2 allows several.
/// </summary>
public sealed record RealPageSimulatorOptions
{
    /// <summary>The demo customer, matching samples/demo/portfolio.json.</summary>
    public static RealPageSimulatorOptions Demo { get; } = new();

    /// <summary>The partner name in <c>/rpxgateway/partner/{Partner}/{Partner}.svc</c> (case-insensitive).</summary>
    public string Partner { get; init; } = "aipc";

    /// <summary>The management company id the licence belongs to.</summary>
    public string PmcId { get; init; } = "1001";

    /// <summary>The licence key (a GUID on the real gateway).</summary>
    public string LicenseKey { get; init; } = "demo-license-key";

    /// <summary>When set (with <see cref="VendorPassword"/>), the licence is a registered vendor's: auth needs username and password.</summary>
    public string? VendorUserName { get; init; }

    /// <summary>The registered vendor's password.</summary>
    public string? VendorPassword { get; init; }

    /// <summary>The operations the licence may call; null authorises all of them.</summary>
    public IReadOnlySet<string>? AuthorizedOperations { get; init; }

    /// <summary>Whether <c>AddServiceRequest</c> answers the new <c>ServiceRequestId</c>. The real gateway does not (pms-apis.md §2.4).</summary>
    public bool ReturnServiceRequestId { get; init; }

    /// <summary>How an unknown unit, problem, priority, location or resident is refused on create and update.</summary>
    public RpxValidationErrorShape ValidationErrors { get; init; } = RpxValidationErrorShape.Fault;

    /// <summary>What <see cref="PmsFaultKind.ServerError"/> answers: a bare gateway page, 503 or 502.</summary>
    public int GatewayErrorStatus { get; init; } = 503;

    /// <summary>The customer's Facilities lists.</summary>
    public RealPageVocabulary Vocabulary { get; init; } = RealPageVocabulary.Demo;
}
