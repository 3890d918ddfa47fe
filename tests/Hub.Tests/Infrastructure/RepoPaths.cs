namespace AiPhoneCoverage.Hub.Tests.Infrastructure;

/// <summary>Paths inside the repository the tests run from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Plugins => Path.Combine(Root, "artifacts", "plugins");

    public static string TestPlugins => Path.Combine(Root, "artifacts", "test-plugins");

    public static string DemoPortfolio => Path.Combine(Root, "samples", "demo", "portfolio.json");

    /// <summary>The built hub executable, run as a separate process by the end-to-end tests.</summary>
    public static string HubDll => Path.Combine(AppContext.BaseDirectory, "AiPhoneCoverage.Hub.dll");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AiPhoneCoverage.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run the tests from inside the repository.");
    }
}
