using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Security;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Hub.Workflows.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AiPhoneCoverage.Hub.Tests.Workflows;

/// <summary>The Elsa Studio API, driven with the requests the real Studio 3.8.2 sent (Fixtures/Elsa).</summary>
public sealed class StudioApiTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private RunningHub _hub = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        Aipc.WithData(_folder.Combine("data"), Provider.Sqlite, seedDemo: true);
        _hub = (await HubServer.StartAsync(new DataDirectory(_folder.Combine("data")), "http://127.0.0.1:0", TextWriter.Null, services =>
        {
            services.RemoveAll<IActivitySource>();
            services.AddSingleton<IActivitySource, FixtureActivities>();
        }, CancellationToken.None))!;
        _http = new HttpClient { BaseAddress = new Uri(_hub.Url + "/elsa/api/") };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", await KeyAsync("demo", HubRoles.Designer));
    }

    [Fact]
    public async Task The_recorded_autosave_and_publish_bodies_round_trip_and_publish()
    {
        var autosave = await PostAsync(FixtureActivities.Fixture("saved-definition-autosave-request.json"));
        var again = await PostAsync(FixtureActivities.Fixture("saved-definition-autosave-request.json"));
        var published = await PostAsync(FixtureActivities.Fixture("saved-definition-publish-request.json"));
        var latest = await GetAsync("workflow-definitions/by-definition-id/aiphone-coverage-flow?versionOptions=Latest");

        Assert.Equal(HttpStatusCode.OK, autosave.Status);
        Assert.Equal((1, false), (autosave.Body!["workflowDefinition"]!["version"]!.GetValue<int>(), autosave.Body["workflowDefinition"]!["isPublished"]!.GetValue<bool>()));
        Assert.Equal(1, again.Body!["workflowDefinition"]!["version"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, published.Status);
        Assert.Equal((1, true), (latest["version"]!.GetValue<int>(), latest["isPublished"]!.GetValue<bool>()));

        var sent = FixtureActivities.Fixture("saved-definition-publish-request.json")["model"]!["root"]!;
        Assert.True(JsonNode.DeepEquals(sent["activities"], latest["root"]!["activities"]), "activities changed on the round trip");
        Assert.True(JsonNode.DeepEquals(sent["connections"], latest["root"]!["connections"]), "connections changed on the round trip");
        Assert.Contains(latest["links"]!.AsArray(), l => l!["rel"]!.GetValue<string>() == "publish");
        Assert.Equal("Workflow1:flowchart-root:classify1", latest["root"]!["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "classify1")!["nodeId"]!.GetValue<string>());
    }

    [Fact]
    public async Task After_a_publish_the_next_save_starts_draft_version_2_and_version_1_stays_published()
    {
        await PostAsync(FixtureActivities.Fixture("saved-definition-publish-request.json"));
        var draft = await PostAsync(FixtureActivities.Fixture("saved-definition-autosave-request.json"));

        var publishedVersion = await GetAsync("workflow-definitions/by-definition-id/aiphone-coverage-flow?versionOptions=Published");
        Assert.Equal((2, false), (draft.Body!["workflowDefinition"]!["version"]!.GetValue<int>(), draft.Body["workflowDefinition"]!["isPublished"]!.GetValue<bool>()));
        Assert.Equal((1, true), (publishedVersion["version"]!.GetValue<int>(), publishedVersion["isPublished"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task An_invalid_definition_is_refused_on_publish_with_its_problems_and_nothing_changes()
    {
        await PostAsync(FixtureActivities.Fixture("saved-definition-publish-request.json"));
        var body = FixtureActivities.Fixture("saved-definition-publish-request.json");
        var root = body["model"]!["root"]!;
        root["connections"]!.AsArray().Add(JsonNode.Parse("""{"source":{"activity":"classify1","port":"Maybe"},"target":{"activity":"ghost","port":"In"},"vertices":[]}"""));
        root["activities"]!.AsArray().Add(JsonNode.Parse("""{"id":"x1","type":"AiPhoneCoverage.Teleport","version":1,"name":"Teleport1"}"""));

        var refused = await PostAsync(body);
        var latest = await GetAsync("workflow-definitions/by-definition-id/aiphone-coverage-flow?versionOptions=Latest");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        var errors = refused.Body!["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        Assert.Contains(errors, e => e.Contains("unknown type AiPhoneCoverage.Teleport", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("missing activity 'ghost'", StringComparison.Ordinal));
        Assert.Equal((1, true, 4), (latest["version"]!.GetValue<int>(), latest["isPublished"]!.GetValue<bool>(), latest["root"]!["activities"]!.AsArray().Count));
    }

    [Fact]
    public async Task The_descriptors_the_studio_needs_to_open_the_editor_answer()
    {
        var activities = await GetAsync("descriptors/activities?Refresh=True");
        Assert.Contains(activities["items"]!.AsArray(), a => a!["typeName"]!.GetValue<string>() == "AiPhoneCoverage.ClassifyIntent");
        foreach (var path in new[] { "descriptors/expression-descriptors", "descriptors/workflow-activation-strategies", "descriptors/log-persistence-strategies",
                     "features/installed", "descriptors/incident-strategies", "descriptors/commit-strategies/workflows", "descriptors/variables", "descriptors/storage-drivers" })
        {
            Assert.NotNull((await GetAsync(path))["items"]);
        }

        var expressions = await GetAsync("descriptors/expression-descriptors");
        Assert.Contains(expressions["items"]!.AsArray(), e => e!["type"]!.GetValue<string>() == "JavaScript");
    }

    [Fact]
    public async Task A_new_portfolio_starts_with_the_default_workflows_published_as_version_1()
    {
        var list = await GetAsync("workflow-definitions");

        Assert.Equal(["escalation", "intake"], list["items"]!.AsArray().Select(i => i!["definitionId"]!.GetValue<string>()).Order());
        Assert.All(list["items"]!.AsArray(), i => Assert.Equal((1, true), (i!["version"]!.GetValue<int>(), i["isPublished"]!.GetValue<bool>())));
        Assert.Contains(list["links"]!.AsArray(), l => l!["rel"]!.GetValue<string>() == "bulk-publish");
    }

    [Fact]
    public async Task Requests_without_a_key_with_an_operator_key_or_with_another_portfolios_key_get_nothing()
    {
        await PostAsync(FixtureActivities.Fixture("saved-definition-publish-request.json"));
        using var anonymous = new HttpClient { BaseAddress = _http.BaseAddress };
        using var forged = new HttpClient { BaseAddress = _http.BaseAddress };
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", "aipc_not-a-real-key");
        using var operatorClient = new HttpClient { BaseAddress = _http.BaseAddress };
        operatorClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", await KeyAsync("demo", HubRoles.Operator));
        await File.WriteAllTextAsync(_folder.Combine("other.json"), """{ "code": "other", "name": "Other", "properties": [] }""");
        Assert.True((await _hub.App.Services.GetRequiredService<PortfolioImporter>().ImportAsync(_folder.Combine("other.json"), CancellationToken.None)).Succeeded);
        using var otherClient = new HttpClient { BaseAddress = _http.BaseAddress };
        otherClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", await KeyAsync("other", HubRoles.Designer));
        var path = new Uri("workflow-definitions/by-definition-id/aiphone-coverage-flow", UriKind.Relative);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherClient.GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("publish-yes", "\"publish\" must be true or false, not \"yes\"")]
    [InlineData("not-json", "the body is not valid JSON")]
    [InlineData("array", "the body must be {\"model\"")]
    [InlineData("model-number", "the body must be {\"model\"")]
    [InlineData("definition-id-number", "the definition has a field of the wrong type")]
    [InlineData("activity-version-text", "the definition has a field of the wrong type")]
    public async Task A_malformed_save_body_is_answered_400_with_the_reason_and_nothing_is_stored(string kind, string reason)
    {
        var body = FixtureActivities.Fixture("saved-definition-publish-request.json");
        var text = kind switch
        {
            "publish-yes" => Set(body, b => b["publish"] = "yes"),
            "not-json" => "{\"model\": {",
            "array" => "[1, 2]",
            "model-number" => """{"model": 5, "publish": true}""",
            "definition-id-number" => Set(body, b => b["model"]!["definitionId"] = 5),
            _ => Set(body, b => b["model"]!["root"]!["activities"]![0]!["version"] = "one"),
        };

        using var content = new StringContent(text, Encoding.UTF8, "application/json");
        var response = await _http.PostAsync(new Uri("workflow-definitions", UriKind.Relative), content);
        var answer = await response.Content.ReadAsStringAsync();
        var list = await _http.GetFromJsonAsync<JsonObject>(new Uri("workflow-definitions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, JsonNode.Parse(answer)!["errors"]!.AsArray().Select(e => e!.GetValue<string>()).Single(), StringComparison.Ordinal);
        Assert.DoesNotContain(list!["items"]!.AsArray(), d => d!["definitionId"]!.GetValue<string>() == "aiphone-coverage-flow");
    }

    private static string Set(JsonObject body, Action<JsonObject> change)
    {
        change(body);
        return body.ToJsonString();
    }

    private async Task<string> KeyAsync(string portfolio, string role)
    {
        var id = await _hub.App.Services.GetRequiredService<PortfolioLookup>().FindAsync(portfolio, CancellationToken.None);
        return await _hub.App.Services.GetRequiredService<ApiKeyStore>().CreateAsync(id!.Value, role, null, CancellationToken.None);
    }

    private async Task<(HttpStatusCode Status, JsonObject? Body)> PostAsync(JsonObject body)
    {
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        var response = await _http.PostAsync(new Uri("workflow-definitions", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text)!.AsObject());
    }

    private async Task<JsonObject> GetAsync(string path) => (await _http.GetFromJsonAsync<JsonObject>(new Uri(path, UriKind.Relative)))!;

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _hub.DisposeAsync();
        _folder.Dispose();
    }
}
