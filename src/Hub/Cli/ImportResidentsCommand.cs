using System.CommandLine;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Residents;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>
/// `aipc import residents FILE.csv --property CODE`: upsert a roster. Exit code 0 when every row was imported, 2 when some
/// rows were rejected (each printed as <c>line N: reason</c>), 1 when the import failed and nothing was written.
/// </summary>
internal static class ImportResidentsCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Roster CSV: resident_id, first_name, last_name, unit, phone, alt_phone, email" };
        var property = CliOptions.Property();
        var portfolio = CliOptions.Portfolio();
        var residents = new Command("residents", "Import or update a property's residents from a CSV roster") { file, property, portfolio };
        residents.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var path = parseResult.GetValue(file)!;
            if (!path.Exists)
            {
                await output.WriteLineAsync($"error: {path.FullName} does not exist");
                return 1;
            }

            await using var services = await CliServices.OpenAsync(parseResult, cancellationToken);
            var (target, error) = await services.Get<PropertyDirectory>().FindAsync(parseResult.GetValue(property)!, parseResult.GetValue(portfolio), cancellationToken);
            if (target is null)
            {
                await output.WriteLineAsync($"error: {error}");
                return 1;
            }

            RosterFile roster;
            using (var reader = new StreamReader(path.FullName))
            {
                roster = services.Get<RosterCsvReader>().Read(reader);
            }

            if (roster.FatalError is not null)
            {
                await output.WriteLineAsync($"error: {path.Name}: {roster.FatalError}; nothing imported");
                return 1;
            }

            var result = await services.Get<RosterImport>().ImportAsync(target, roster.Rows, roster.Problems, cancellationToken);
            foreach (var problem in result.Problems)
            {
                await output.WriteLineAsync(problem.ToString());
            }

            await output.WriteLineAsync(
                $"{result.Imported} residents imported into {target.PortfolioCode}/{target.PropertyCode} " +
                $"({result.Added} added, {result.Updated} updated, {result.Unchanged} unchanged), {result.Problems.Count} rows rejected");
            return result.Problems.Count == 0 ? 0 : 2;
        });

        var import = new Command("import", "Import data into the hub") { residents };
        return import;
    }
}
