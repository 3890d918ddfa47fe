using System.CommandLine;
using AiPhoneCoverage.Hub.Portfolios;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>`aipc portfolio import FILE` and `aipc portfolio export --portfolio CODE [--output FILE]`.</summary>
internal static class PortfolioCommand
{
    public static Command Create() => new("portfolio", "Onboard a portfolio from its file, or write one out") { Import(), Export() };

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "A portfolio file, as samples/demo/portfolio.json" };
        var command = new Command("import", "Create or update a portfolio, its properties and rosters from a portfolio file") { file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            await using var services = await CliServices.OpenAsync(parseResult, cancellationToken);
            var result = await services.Get<PortfolioImporter>().ImportAsync(parseResult.GetValue(file)!.FullName, cancellationToken);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    await output.WriteLineAsync($"error: {error}");
                }

                await output.WriteLineAsync("nothing imported");
                return 1;
            }

            var rejected = 0;
            foreach (var (property, roster) in result.Rosters)
            {
                foreach (var problem in roster.Problems)
                {
                    await output.WriteLineAsync($"{property}: {problem}");
                }

                rejected += roster.Problems.Count;
                await output.WriteLineAsync($"{property}: {roster.Imported} residents ({roster.Added} added, {roster.Updated} updated), {roster.Problems.Count} rows rejected");
            }

            await output.WriteLineAsync($"portfolio '{result.PortfolioCode}' imported");
            return rejected == 0 ? 0 : 2;
        });
        return command;
    }

    private static Command Export()
    {
        var portfolio = CliOptions.Portfolio(required: true);
        var outputFile = new Option<FileInfo?>("--output") { Description = "Write the file here, with each property's roster CSV beside it (default: print the file)" };
        var command = new Command("export", "Write a portfolio in the format `portfolio import` reads") { portfolio, outputFile };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            await using var services = await CliServices.OpenAsync(parseResult, cancellationToken);
            var target = parseResult.GetValue(outputFile)?.FullName;
            var document = await services.Get<PortfolioExporter>().ExportAsync(parseResult.GetValue(portfolio)!, target, cancellationToken);
            if (document is null)
            {
                await output.WriteLineAsync($"error: no portfolio '{parseResult.GetValue(portfolio)}'");
                return 1;
            }

            await output.WriteLineAsync(target is null ? System.Text.Json.JsonSerializer.Serialize(document, PortfolioJson.Options) : $"wrote {target}");
            return 0;
        });
        return command;
    }
}
