using System.CommandLine;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Security;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>`aipc keys create --portfolio CODE [--role designer|operator]`: a new API key, printed once as the last line.</summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var portfolio = CliOptions.Portfolio(required: true);
        var role = new Option<string>("--role") { Description = "designer (edits and publishes workflows) or operator (reads)", DefaultValueFactory = _ => HubRoles.Designer };
        role.AcceptOnlyFromAmong([.. HubRoles.All]);
        var create = new Command("create", "Create an API key for a portfolio; only its hash is stored") { portfolio, role };
        create.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            await using var services = await CliServices.OpenAsync(parseResult, cancellationToken);
            var portfolioId = await services.Get<PortfolioLookup>().FindAsync(parseResult.GetValue(portfolio)!, cancellationToken);
            if (portfolioId is null)
            {
                await output.WriteLineAsync($"error: no portfolio '{parseResult.GetValue(portfolio)}'");
                return 1;
            }

            var key = await services.Get<ApiKeyStore>().CreateAsync(portfolioId.Value, parseResult.GetValue(role)!, lifetime: null, cancellationToken);
            await output.WriteLineAsync($"{parseResult.GetValue(role)} key for portfolio '{parseResult.GetValue(portfolio)}' (shown once; send it as 'Authorization: ApiKey <key>'):");
            await output.WriteLineAsync(key);
            return 0;
        });
        return new Command("keys", "API keys") { create };
    }
}
