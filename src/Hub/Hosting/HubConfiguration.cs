using Microsoft.Extensions.Configuration;

namespace AiPhoneCoverage.Hub.Hosting;

/// <summary>
/// Where settings come from, lowest to highest: appsettings.json beside the hub, appsettings.json in the data directory,
/// environment variables prefixed <c>AIPC_</c> (<c>AIPC_Storage__Provider=PostgreSql</c>), then command-line options.
/// </summary>
internal static class HubConfiguration
{
    public static IConfigurationBuilder AddHubSources(this IConfigurationBuilder builder, DataDirectory data, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        builder.SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile(data.Combine("appsettings.json"), optional: true)
            .AddEnvironmentVariables("AIPC_");
        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides);
        }

        return builder;
    }

    public static IConfiguration Build(DataDirectory data, IReadOnlyDictionary<string, string?>? overrides = null) =>
        new ConfigurationBuilder().AddHubSources(data, overrides).Build();
}
