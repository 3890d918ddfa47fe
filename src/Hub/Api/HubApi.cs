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
        return app;
    }
}
