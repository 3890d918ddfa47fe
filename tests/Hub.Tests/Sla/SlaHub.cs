using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Sla;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AiPhoneCoverage.Hub.Tests.Sla;

/// <summary>A test hub on a fake clock with portfolio acme imported.</summary>
internal static class SlaHub
{
    public static async Task<(TestHub Hub, FakeTimeProvider Clock, SlaBook Book)> StartAsync(Provider provider, DateTimeOffset now)
    {
        var clock = new FakeTimeProvider(now);
        var hub = await TestHub.StartAsync(provider, configure: services => UseClock(services, clock));
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.Combine("acme.json"), SlaBook.Portfolio);
        var imported = await hub.Get<PortfolioImporter>().ImportAsync(folder.Combine("acme.json"), CancellationToken.None);
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        return (hub, clock, await SlaBook.ForAsync(hub.Database));
    }

    /// <summary>A second hub node on the same database and clock: its own services, its own database handle.</summary>
    public static ServiceProvider SecondNode(TestHub hub, FakeTimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(hub.Settings).Build();
        var services = new ServiceCollection().AddLogging().AddHubCore(configuration, new DataDirectory(hub.DataPath));
        UseClock(services, clock);
        return services.BuildServiceProvider();
    }

    public static SlaWorker Worker(this IServiceProvider services) => services.GetRequiredService<SlaWorker>();

    private static void UseClock(IServiceCollection services, FakeTimeProvider clock)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(clock);
    }
}
