namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>A vendor in the portfolio file's <c>vendors</c> section.</summary>
internal sealed record VendorDocument
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>The dispatcher plugin's id: <c>vendor.generic</c> or <c>vendor.servicechannel</c>.</summary>
    public required string Dispatcher { get; init; }

    /// <summary>The plugin's settings (see its README); stored encrypted.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>A number the hub also texts each dispatch to (any format; stored as E.164).</summary>
    public string? SmsPhone { get; init; }
}
