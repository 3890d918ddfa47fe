using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Portfolios;

/// <summary>The demo portfolio shipped beside the hub (samples/demo): seeded into an empty embedded database on first start.</summary>
internal sealed class DemoPortfolio(HubDatabase database, PortfolioImporter importer)
{
    public static string File => Path.Combine(AppContext.BaseDirectory, "samples", "demo", "portfolio.json");

    public async Task<PortfolioImportResult?> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        await using (var db = database.Open(PortfolioScope.System))
        {
            if (await db.Portfolios.AnyAsync(cancellationToken))
            {
                return null;
            }
        }

        return await importer.ImportAsync(File, cancellationToken);
    }
}
