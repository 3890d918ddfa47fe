using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Hub.Workflows.Definitions;
using static AiPhoneCoverage.Hub.Tests.Workflows.RuntimeFixture;

namespace AiPhoneCoverage.Hub.Tests.Workflows;

/// <summary>A published workflow transfers calls only to numbers its portfolio file lists.</summary>
public sealed class TransferNumberTests
{
    private const string Portfolio = """
        { "code": "demo", "name": "Demo",
          "properties": [ { "code": "maple", "name": "Maple", "timeZone": "America/New_York", "emergencyLine": "+16175550199" } ],
          "contacts": [ { "id": "ana", "name": "Ana", "phone": "+16175550101", "role": "technician" } ],
          "allowedTransferNumbers": [ "+1 (617) 555-0177" ] }
        """;

    [Theory]
    [InlineData("+16175550199")]
    [InlineData("+16175550101")]
    [InlineData("+16175550177")]
    [InlineData("")]
    public async Task A_transfer_to_an_emergency_line_a_contact_or_the_default_line_publishes(string number)
    {
        await using var hub = await TestHub.StartAsync(Provider.Sqlite);
        var outcome = await PublishTransferAsync(hub, await ImportAsync(hub), "Literal", number);

        Assert.False(outcome.Refused, string.Join("; ", outcome.Problems));
    }

    [Theory]
    [InlineData("Literal", "+19005550123", "transfers to +19005550123, which the portfolio file does not list")]
    [InlineData("JavaScript", "'+1900' + '5550123'", "transfers to a JavaScript number")]
    [InlineData("Variable", "Target", "transfers to a Variable number")]
    public async Task A_transfer_to_any_other_number_is_refused_on_publish_with_the_reason(string type, string value, string reason)
    {
        await using var hub = await TestHub.StartAsync(Provider.Sqlite);
        var outcome = await PublishTransferAsync(hub, await ImportAsync(hub), type, value);

        Assert.True(outcome.Refused);
        Assert.Contains(outcome.Problems, p => p.IsError && p.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AllowedTransferNumbers_are_stored_as_E164_and_exported_like_the_other_sections()
    {
        await using var hub = await TestHub.StartAsync(Provider.Sqlite);
        await ImportAsync(hub);

        var exported = await hub.Get<PortfolioExporter>().ExportAsync("demo", null, CancellationToken.None);

        Assert.Equal(["+16175550177"], exported!.AllowedTransferNumbers);
    }

    [Fact]
    public async Task A_portfolio_file_with_an_allowed_transfer_number_that_is_not_a_number_is_refused()
    {
        await using var hub = await TestHub.StartAsync(Provider.Sqlite);
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.Combine("p.json"), Portfolio.Replace("+1 (617) 555-0177", "call the office", StringComparison.Ordinal));

        var imported = await hub.Get<PortfolioImporter>().ImportAsync(folder.Combine("p.json"), CancellationToken.None);

        Assert.Contains(imported.Errors, e => e.StartsWith("allowedTransferNumbers: 'call the office'", StringComparison.Ordinal));
    }

    private static async Task<Guid> ImportAsync(TestHub hub, string portfolio = Portfolio)
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.Combine("p.json"), portfolio);
        var imported = await hub.Get<PortfolioImporter>().ImportAsync(folder.Combine("p.json"), CancellationToken.None);
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        return (await hub.Get<PortfolioLookup>().FindAsync("demo", CancellationToken.None))!.Value;
    }

    private static Task<SaveOutcome> PublishTransferAsync(TestHub hub, Guid portfolio, string type, string number)
    {
        var model = JsonNode.Parse($$"""
            { "definitionId": "transfer", "name": "transfer",
              "root": { "id": "root", "type": "Elsa.Flowchart", "version": 1,
                "activities": [{{Activity("t", "AiPhoneCoverage.TransferToHuman", ("number", type, number))}}], "connections": [] } }
            """)!.AsObject();
        return hub.Get<WorkflowDefinitionStore>().SaveAsync(portfolio, model, publish: true, CancellationToken.None);
    }
}
