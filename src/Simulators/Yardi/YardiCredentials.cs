namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The interface credentials a simulated Voyager database accepts (pms-apis.md §1.2): the interface user, the database
/// it lives in, and the vendor's interface entity and licence. <see cref="Demo"/> matches samples/demo/portfolio.json.
/// </summary>
public sealed record YardiCredentials(
    string UserName,
    string Password,
    string ServerName,
    string Database,
    string Platform,
    string InterfaceEntity,
    string InterfaceLicense)
{
    /// <summary>The demo property's settings in samples/demo/portfolio.json (loopback only, not a real account).</summary>
    public static YardiCredentials Demo { get; } =
        new("aipc-demo", "demo-password", "demo_live", "demo_live", "SQL Server", "AiPhoneCoverage", "demo-license");

    /// <summary>Whether the login part (user, password, server, database, platform) is right; names are case-insensitive, secrets are not.</summary>
    internal bool AcceptsLogin(string? userName, string? password, string? serverName, string? database, string? platform) =>
        string.Equals(userName, UserName, StringComparison.OrdinalIgnoreCase)
        && string.Equals(password, Password, StringComparison.Ordinal)
        && string.Equals(serverName, ServerName, StringComparison.OrdinalIgnoreCase)
        && string.Equals(database, Database, StringComparison.OrdinalIgnoreCase)
        && string.Equals(platform, Platform, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the licence is the one Yardi issued for this interface entity.</summary>
    internal bool AcceptsLicense(string? interfaceEntity, string? interfaceLicense) =>
        string.Equals(interfaceEntity, InterfaceEntity, StringComparison.Ordinal)
        && string.Equals(interfaceLicense, InterfaceLicense, StringComparison.Ordinal);
}
