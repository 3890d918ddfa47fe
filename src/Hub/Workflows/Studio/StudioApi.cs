using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Security;
using AiPhoneCoverage.Hub.Workflows.Catalog;
using AiPhoneCoverage.Hub.Workflows.Definitions;

namespace AiPhoneCoverage.Hub.Workflows.Studio;

/// <summary>
/// The subset of Elsa's server API that Elsa Studio 3.8.2 calls (elsa-studio-api.md), under <c>/elsa/api</c>, for the
/// portfolio of the caller's API key and the designer role only.
/// </summary>
internal static class StudioApi
{
    public const string Base = "/elsa/api";

    public static void MapStudioApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Base).RequireAuthorization(p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireRole(HubRoles.Designer));

        api.MapGet("/workflow-definitions", async (HttpContext http, WorkflowDefinitionStore store, CancellationToken ct) =>
        {
            var items = await store.ListAsync(HubClaims.PortfolioOf(http.User), ct);
            return Results.Json(new JsonObject
            {
                ["items"] = new JsonArray(items.Select(d => (JsonNode)StudioJson.Summary(d, Base)).ToArray()),
                ["totalCount"] = items.Count,
                ["links"] = new JsonArray(StudioJson.Link($"{Base}/bulk-actions/publish/workflow-definitions/by-definition-ids", "bulk-publish")),
            });
        });

        api.MapGet("/workflow-definitions/by-definition-id/{definitionId}", async (string definitionId, string? versionOptions, HttpContext http, WorkflowDefinitionStore store, CancellationToken ct) =>
        {
            var portfolio = HubClaims.PortfolioOf(http.User);
            var options = Enum.TryParse<VersionOptions>(versionOptions, ignoreCase: true, out var parsed) ? parsed : VersionOptions.Latest;
            var definition = await store.FindAsync(portfolio, definitionId, options, ct);
            if (definition is null)
            {
                return Results.NotFound();
            }

            var latest = options == VersionOptions.Latest || (await store.FindAsync(portfolio, definitionId, VersionOptions.Latest, ct))!.Version == definition.Version;
            return Results.Json(StudioJson.Definition(definition, latest, Base));
        });

        api.MapPost("/workflow-definitions", async (HttpContext http, WorkflowDefinitionStore store, CancellationToken ct) =>
        {
            var (request, problem) = await StudioSaveRequest.ReadAsync(http.Request, ct);
            return request is null
                ? Results.BadRequest(new { title = "The request was not understood.", errors = new[] { problem } })
                : Saved(await store.SaveAsync(HubClaims.PortfolioOf(http.User), request.Model, request.Publish, ct));
        });

        api.MapPost("/workflow-definitions/{definitionId}/publish", async (string definitionId, HttpContext http, WorkflowDefinitionStore store, CancellationToken ct) =>
            Saved(await store.PublishDraftAsync(HubClaims.PortfolioOf(http.User), definitionId, ct)));

        api.MapGet("/descriptors/activities", (ActivityCatalog catalog) => Results.Json(new JsonObject
        {
            ["items"] = new JsonArray(catalog.Descriptors.Select(d => (JsonNode)StudioJson.Activity(d)).ToArray()),
            ["count"] = catalog.Descriptors.Count,
        }));

        foreach (var (path, file) in new[]
        {
            ("/descriptors/expression-descriptors", "expression-descriptors"),
            ("/descriptors/workflow-activation-strategies", "workflow-activation-strategies"),
            ("/descriptors/log-persistence-strategies", "log-persistence-strategies"),
            ("/descriptors/incident-strategies", "incident-strategies"),
            ("/descriptors/commit-strategies/workflows", "commit-strategies-workflows"),
            ("/descriptors/variables", "variable-types"),
            ("/descriptors/storage-drivers", "storage-drivers"),
            ("/features/installed", "features"),
        })
        {
            api.MapGet(path, () => Results.Text(StudioDescriptorFiles.Get(file), "application/json"));
        }

        api.MapGet("/package/version", () => Results.Json(new { packageVersion = "3.8.2" }));
    }

    private static IResult Saved(SaveOutcome outcome) => outcome.Refused
        ? Results.BadRequest(new { title = "The workflow was not published.", errors = outcome.Problems.Select(p => p.ToString()) })
        : Results.Json(new JsonObject
        {
            ["workflowDefinition"] = StudioJson.Definition(outcome.Definition!, isLatest: true, Base),
            ["alreadyPublished"] = false,
            ["consumingWorkflowCount"] = 0,
            ["warnings"] = new JsonArray(outcome.Problems.Select(p => (JsonNode)p.ToString()).ToArray()),
        });
}
