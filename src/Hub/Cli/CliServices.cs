using System.CommandLine;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>The hub's services for one command that is not `serve`: same configuration, same database, migrated if needed.</summary>
internal sealed class CliServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private CliServices(DataDirectory data, ServiceProvider provider)
    {
        Data = data;
        _provider = provider;
    }

    public DataDirectory Data { get; }

    public IServiceProvider Provider => _provider;

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public static async Task<CliServices> OpenAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var data = new DataDirectory(parseResult.GetValue(CliOptions.Data)!);
        var configuration = HubConfiguration.Build(data);
        var services = new ServiceCollection().AddLogging().AddHubCore(configuration, data);
        if (parseResult.CommandResult.Command.Name == "triage")
        {
            // `aipc triage` evaluates: activities with effects outside the conversation do nothing (see DryRunBehavior).
            foreach (var dryRun in Triage.DryRunBehavior.ForIntake())
            {
                services.AddSingleton(dryRun);
            }
        }

        services.AddSingleton(configuration);
        var provider = services.BuildServiceProvider();
        var database = provider.GetRequiredService<HubDatabase>();
        await database.MigrateAsync(cancellationToken);
        if (database.Provider == StorageProvider.Sqlite && configuration.GetValue("Hub:SeedDemo", true))
        {
            // The embedded default comes with the demo portfolio, whichever command runs first.
            await provider.GetRequiredService<Portfolios.DemoPortfolio>().SeedIfEmptyAsync(cancellationToken);
        }

        return new CliServices(data, provider);
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
