namespace AiPhoneCoverage.Simulators;

/// <summary>A vendor the endpoint simulator plays: its code in the URL, the secret its signatures are checked with, and how it answers.</summary>
public sealed record SimulatedVendor(string Code, string Secret, VendorReply Reply)
{
    /// <summary>The demo vendors: a plumber who accepts, an electrician who declines, a handyman who decides later.</summary>
    public static IReadOnlyList<SimulatedVendor> Demo { get; } =
    [
        new("acme-plumbing", "demo-acme-plumbing-secret", VendorReply.Accept),
        new("volt-electric", "demo-volt-electric-secret", VendorReply.Decline),
        new("fixit-handyman", "demo-fixit-handyman-secret", VendorReply.Pending),
    ];
}
