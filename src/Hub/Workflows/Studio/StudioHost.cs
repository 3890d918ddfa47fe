using System.Collections.Concurrent;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Security;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;

namespace AiPhoneCoverage.Hub.Workflows.Studio;

/// <summary>
/// Serves the real Elsa Studio from the hub's own origin under /studio: the npm bundle as static files, and our host
/// pages. Until the operator console brings sign-in, a page gets a short-lived designer key for its portfolio only when
/// the hub runs on the embedded default and <see cref="DesignerKeyGate"/> finds the request truly local.
/// </summary>
internal static class StudioHost
{
    private static readonly TimeSpan KeyLifetime = TimeSpan.FromHours(1);

    /// <summary>The bundle's folder: <c>Studio:Path</c>, or studio/ beside the hub (where the build copies it).</summary>
    public static string FolderFor(IConfiguration configuration) =>
        configuration["Studio:Path"] is { Length: > 0 } configured ? Path.GetFullPath(configured) : Path.Combine(AppContext.BaseDirectory, "studio");

    public static void UseStudio(this WebApplication app)
    {
        var folder = FolderFor(app.Configuration);
        if (Directory.Exists(folder))
        {
            var types = new FileExtensionContentTypeProvider();
            types.Mappings[".wasm"] = "application/wasm";
            types.Mappings[".dat"] = "application/octet-stream";
            types.Mappings[".blat"] = "application/octet-stream";
            types.Mappings[".dll"] = "application/octet-stream";
            types.Mappings[".webcil"] = "application/octet-stream";
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), RequestPath = "/studio", ContentTypeProvider = types });
        }

        var keys = new ConcurrentDictionary<Guid, (string Key, DateTimeOffset Expires)>();
        app.MapGet("/studio/", async (HttpContext http, string? portfolio, CancellationToken ct) =>
            await PageAsync(http, portfolio, keys, (key, code) => StudioPage.List(ApiEndpoint(http), key, code), ct));
        app.MapGet("/studio/workflows/{definitionId}", async (HttpContext http, string definitionId, string? portfolio, CancellationToken ct) =>
            await PageAsync(http, portfolio, keys, (key, code) => StudioPage.Editor(ApiEndpoint(http), key, code, definitionId), ct));
    }

    private static async Task<IResult> PageAsync(
        HttpContext http, string? portfolioCode, ConcurrentDictionary<Guid, (string Key, DateTimeOffset Expires)> keys, Func<string, string, string> render, CancellationToken ct)
    {
        if (!Directory.Exists(FolderFor(http.RequestServices.GetRequiredService<IConfiguration>())))
        {
            return Results.Text("The Elsa Studio bundle is not installed beside the hub; build the hub (it runs npm ci in src/Hub/Studio).", statusCode: 503);
        }

        var services = http.RequestServices;
        var embedded = services.GetRequiredService<HubDatabase>().Provider == StorageProvider.Sqlite;
        var refusal = embedded ? DesignerKeyGate.Refusal(http) : "the hub does not run on the embedded default";
        if (refusal is not null)
        {
            return Results.Text(
                $"No designer key for this page: {refusal}. Studio pages get one only on the embedded default, opened on this machine at "
                + "http://localhost:PORT or http://127.0.0.1:PORT; use an API key (aipc keys create) until the operator console brings sign-in.",
                statusCode: 403);
        }

        var portfolio = await FindPortfolioAsync(services, portfolioCode, ct);
        if (portfolio is null)
        {
            return Results.Text(portfolioCode is null ? "No portfolio yet: import one with aipc portfolio import." : $"No portfolio '{portfolioCode}'.", statusCode: 404);
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (!keys.TryGetValue(portfolio.Value.Id, out var cached) || cached.Expires - now < TimeSpan.FromMinutes(10))
        {
            cached = (await services.GetRequiredService<ApiKeyStore>().CreateAsync(portfolio.Value.Id, HubRoles.Designer, KeyLifetime, ct), now + KeyLifetime);
            keys[portfolio.Value.Id] = cached;
        }

        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(render(cached.Key, portfolio.Value.Code), "text/html; charset=utf-8");
    }

    private static async Task<(Guid Id, string Code)?> FindPortfolioAsync(IServiceProvider services, string? code, CancellationToken ct)
    {
        if (code is not null)
        {
            var id = await services.GetRequiredService<PortfolioLookup>().FindAsync(code, ct);
            return id is null ? null : (id.Value, code);
        }

        await using var db = services.GetRequiredService<HubDatabase>().Open(PortfolioScope.System);
        var first = await db.Portfolios.OrderBy(p => p.Code).Select(p => new { p.Id, p.Code }).FirstOrDefaultAsync(ct);
        return first is null ? null : (first.Id, first.Code);
    }

    private static string ApiEndpoint(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{StudioApi.Base}";
}
