using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Sdk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AiPhoneCoverage.Hub.Tests.Pms;

/// <summary>A test hub on a fake clock whose one property is kept by <see cref="FakePmsConnector"/>.</summary>
internal static class PmsHub
{
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);

    public static async Task<(TestHub Hub, PropertyRef Property, FakePmsConnector Pms, FakeTimeProvider Clock)> StartAsync(
        Provider provider = Provider.Sqlite, Action<IServiceCollection>? configure = null)
    {
        var pms = new FakePmsConnector();
        var clock = new FakeTimeProvider(Start);
        var hub = await TestHub.StartAsync(provider, configure: services =>
        {
            services.AddKeyedSingleton<IPmsConnector>(FakePmsConnector.Id, pms);
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
            configure?.Invoke(services);
        });
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.Combine("p.json"), """
            { "code": "demo", "name": "Demo", "properties": [
              { "code": "maple-court", "name": "Maple Court", "timeZone": "America/New_York", "phoneNumbers": ["+16175550100"],
                "pms": { "plugin": "fakepms", "propertyId": "P1", "settings": { "userName": "aipc", "password": "s3cret-Pa55" } } } ] }
            """);
        var imported = await hub.Get<PortfolioImporter>().ImportAsync(folder.Combine("p.json"), CancellationToken.None);
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        var (property, _) = await hub.Get<PropertyDirectory>().FindAsync("maple-court", "demo", CancellationToken.None);
        return (hub, property!, pms, clock);
    }
}
