using System.CommandLine;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Storage;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>`aipc db migrate`: bring the configured database's schema up to date.</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply the schema migrations to the configured database");
        migrate.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliServices.OpenAsync(parseResult, cancellationToken);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"{services.Get<HubDatabase>().Provider} schema is up to date");
            return 0;
        });
        return new Command("db", "Database maintenance") { migrate };
    }
}
