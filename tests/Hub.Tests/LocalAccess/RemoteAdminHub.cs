namespace AiPhoneCoverage.Hub.Tests.LocalAccess;

/// <summary>A <see cref="LocalHub"/> configured with <c>Security:AdminTokenRemote=true</c>.</summary>
public sealed class RemoteAdminHub : LocalHub
{
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Security:AdminTokenRemote"] = "true" };
}
