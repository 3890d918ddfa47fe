using AiPhoneCoverage.Hub.Plugins;
using AiPhoneCoverage.Hub.Residents;
using AiPhoneCoverage.Hub.Security;

namespace AiPhoneCoverage.Hub.Api;

/// <summary>The hub's HTTP API. Everything under /api needs authentication; /health says only whether the hub is up.</summary>
internal static class HubApi
{
    public static WebApplication MapHubApi(this WebApplication app)
    {
        app.MapGet("/health", (RosterIndex index) => Results.Ok(new { status = "ok", rosterIndexReady = index.IsReady }));

        var api = app.MapGroup("/api/v1").RequireAuthorization();
        api.MapGet("/lookup", async (string phone, string? portfolio, CallerLookup lookup, HttpContext http, CancellationToken cancellationToken) =>
        {
            var scope = http.User.FindFirst(HubClaims.PortfolioScope)?.Value;
            if (scope != HubClaims.AllPortfolios && portfolio != scope)
            {
                portfolio = scope;
            }

            return Results.Ok(await lookup.FindAsync(phone, portfolio, cancellationToken));
        });
        api.MapGet("/plugins", (PluginCatalog catalog) => Results.Ok(catalog.Plugins));

        // `aipc pms sync` asks the running hub, which owns the demo's simulators and the connectors' caches.
        api.MapPost("/properties/{property}/pms/sync", async (string property, string? portfolio, bool? whole, HttpContext http,
            Portfolios.PropertyDirectory directory, Pms.PmsRosterSync sync, CancellationToken cancellationToken) =>
        {
            var scope = http.User.FindFirst(HubClaims.PortfolioScope)?.Value;
            var (target, error) = await directory.FindAsync(property, scope == HubClaims.AllPortfolios ? portfolio : scope, cancellationToken);
            if (target is null)
            {
                return Results.NotFound(new { error });
            }

            var result = await sync.SyncAsync(target, whole ?? false, cancellationToken);
            return result.IsSuccess
                ? Results.Ok(Pms.PmsSyncReport.From(target, result.Value))
                : Results.UnprocessableEntity(new { error = result.Error.ToString() });
        });
        return app;
    }
}
