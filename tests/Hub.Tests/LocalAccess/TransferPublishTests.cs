using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Security;
using Microsoft.Extensions.DependencyInjection;
using static AiPhoneCoverage.Hub.Tests.Workflows.RuntimeFixture;

namespace AiPhoneCoverage.Hub.Tests.LocalAccess;

/// <summary>Through the Studio API, a designer key cannot publish a transfer to a number the demo portfolio file does not list.</summary>
public sealed class TransferPublishTests(LocalHub hub) : IClassFixture<LocalHub>
{
    [Theory]
    [InlineData("+19005550123", HttpStatusCode.BadRequest)]
    [InlineData("+16175550199", HttpStatusCode.OK)]
    public async Task A_transfer_publishes_only_to_a_listed_number(string number, HttpStatusCode expected)
    {
        var services = hub.Hub.App.Services;
        var portfolio = await services.GetRequiredService<PortfolioLookup>().FindAsync("demo", CancellationToken.None);
        var key = await services.GetRequiredService<ApiKeyStore>().CreateAsync(portfolio!.Value, HubRoles.Designer, null, CancellationToken.None);
        var body = $$"""
            { "publish": true, "model": { "definitionId": "transfer-{{number[1..]}}", "name": "transfer",
              "root": { "id": "root", "type": "Elsa.Flowchart", "version": 1,
                "activities": [{{Activity("t", "AiPhoneCoverage.TransferToHuman", ("number", "Literal", number))}}], "connections": [] } } }
            """;

        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(hub.Url, "/elsa/api/workflow-definitions"), content);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.Contains(answer["errors"]!.AsArray(), e => e!.GetValue<string>().Contains("+19005550123, which the portfolio file does not list", StringComparison.Ordinal));
        }
    }
}
