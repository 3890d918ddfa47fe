using System.CommandLine;
using AiPhoneCoverage.Hub.Portfolios;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>Runs a command for the portfolio named by its <c>--portfolio</c> option, or says there is no such portfolio.</summary>
internal static class CliPortfolio
{
    public static async Task<int> RunAsync(ParseResult parseResult, Option<string?> portfolio, Func<CliServices, Guid, TextWriter, Task<int>> action, CancellationToken ct)
    {
        var output = parseResult.InvocationConfiguration.Output;
        await using var services = await CliServices.OpenAsync(parseResult, ct);
        var id = await services.Get<PortfolioLookup>().FindAsync(parseResult.GetValue(portfolio)!, ct);
        if (id is null)
        {
            await output.WriteLineAsync($"error: no portfolio '{parseResult.GetValue(portfolio)}'");
            return 1;
        }

        return await action(services, id.Value, output);
    }
}
