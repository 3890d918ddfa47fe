namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>Configuration section <c>Vendors</c>: how often undecided dispatches are asked about.</summary>
internal sealed class VendorOptions
{
    public const string Section = "Vendors";

    /// <summary>How often the status worker looks for dispatches whose status is due to be read.</summary>
    public TimeSpan StatusPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The first status read after a vendor got a dispatch without deciding; each later one waits twice as long.</summary>
    public TimeSpan FirstStatusRead { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two status reads.</summary>
    public TimeSpan StatusReadCap { get; set; } = TimeSpan.FromMinutes(15);
}
