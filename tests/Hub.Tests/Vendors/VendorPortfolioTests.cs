using System.Text.Json;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Tests.Vendors;

/// <summary>The portfolio file's vendors and preferredVendors: checked on import, stored with settings encrypted, replaced together, exported back.</summary>
public sealed class VendorPortfolioTests
{
    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task The_demo_vendors_export_exactly_as_written_with_their_settings_encrypted_at_rest(Provider provider)
    {
        await using var hub = await TestHub.StartAsync(provider);
        Assert.True((await hub.Get<PortfolioImporter>().ImportAsync(RepoPaths.DemoPortfolio, CancellationToken.None)).Succeeded);

        var exported = JsonNode.Parse(JsonSerializer.Serialize(await hub.Get<PortfolioExporter>().ExportAsync("demo", null, CancellationToken.None), PortfolioJson.Options))!;
        var written = JsonNode.Parse(await File.ReadAllTextAsync(RepoPaths.DemoPortfolio))!;

        Assert.True(JsonNode.DeepEquals(written["vendors"], exported["vendors"]), exported["vendors"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(written["preferredVendors"], exported["preferredVendors"]), exported["preferredVendors"]!.ToJsonString());
        await using var db = hub.Database.Open(PortfolioScope.System);
        var stored = await db.Vendors.AsNoTracking().OrderBy(v => v.Code).ToListAsync();
        Assert.Equal(["acme-plumbing", "cool-air-hvac", "fixit-handyman"], stored.Select(v => v.Code));
        Assert.All(stored, v => Assert.StartsWith("enc:v1:", v.SettingsJson, StringComparison.Ordinal));
        Assert.DoesNotContain(stored, v => v.SettingsJson!.Contains("secret", StringComparison.Ordinal) || v.SettingsJson.Contains("127.0.0.1", StringComparison.Ordinal));
        var ranks = await db.PreferredVendors.AsNoTracking().Where(p => p.Trade == "plumbing").OrderBy(p => p.Rank).Select(p => new { p.Rank, p.NotToExceed }).ToListAsync();
        Assert.Equal([(0, 500m), (1, 250m)], ranks.Select(r => (r.Rank, r.NotToExceed!.Value)));
    }

    [Fact]
    public async Task A_file_with_bad_vendors_is_refused_with_every_problem_and_changes_nothing()
    {
        using var folder = new TempFolder();
        var aipc = Aipc.WithData(folder.Combine("data"), Provider.Sqlite);
        Assert.Equal(0, (await aipc.RunAsync("portfolio", "import", RepoPaths.DemoPortfolio)).ExitCode);
        var before = (await aipc.RunAsync("vendors", "list", "--json")).Output;
        var document = Demo();
        var vendors = document["vendors"]!.AsArray();
        vendors.Add(new JsonObject { ["code"] = "acme-plumbing", ["name"] = "Acme again", ["dispatcher"] = "vendor.generic" });
        vendors.Add(new JsonObject { ["code"] = "sc", ["name"] = "SC", ["dispatcher"] = "servicechannel", ["smsPhone"] = "555" });
        var preferred = document["preferredVendors"]!.AsArray();
        preferred.Add(new JsonObject { ["property"] = "maple-court", ["trade"] = "plumbing", ["vendor"] = "nobody" });
        preferred.Add(new JsonObject { ["property"] = "oak-park", ["trade"] = "hvac", ["vendor"] = "cool-air-hvac" });
        preferred.Add(new JsonObject { ["property"] = "river-bend", ["trade"] = "roofing", ["vendor"] = "fixit-handyman" });
        preferred.Add(new JsonObject { ["trade"] = "electrical", ["vendor"] = "fixit-handyman", ["notToExceed"] = -5 });
        preferred.Add(new JsonObject { ["property"] = "maple-court", ["trade"] = "plumbing", ["vendor"] = "acme-plumbing" });
        await File.WriteAllTextAsync(folder.Combine("bad.json"), document.ToJsonString());

        var result = await aipc.RunAsync("portfolio", "import", folder.Combine("bad.json"));

        Assert.Equal(1, result.ExitCode);
        foreach (var expected in new[]
        {
            "error: vendor 'acme-plumbing': code appears twice",
            "error: vendor 'sc': dispatcher 'servicechannel' is not a vendor dispatcher plugin id (vendor.generic, vendor.servicechannel, ...)",
            "error: vendor 'sc': smsPhone '*55' is not a valid phone number",
            "error: preferred vendor 5 (maple-court plumbing): vendor 'nobody' is not a vendor of this file",
            "error: preferred vendor 6 (oak-park hvac): property 'oak-park' is not a property of this file",
            "error: preferred vendor 7 (river-bend roofing): trade 'roofing' is not plumbing, hvac, electrical or general",
            "error: preferred vendor 8 (portfolio-wide electrical): notToExceed -5 must be an amount from 0 to 9999999999.99 with at most 2 decimals",
            "error: preferred vendor 9 (maple-court plumbing): the vendor is listed twice for this place and trade",
            "nothing imported",
        })
        {
            Assert.Contains(expected, result.Output, StringComparison.Ordinal);
        }

        Assert.Equal(before, (await aipc.RunAsync("vendors", "list", "--json")).Output);
    }

    [Fact]
    public async Task A_new_file_replaces_vendors_and_preferences_and_keeps_a_dropped_vendor_that_dispatches_name()
    {
        await using var sim = await SimulatedVendors.StartAsync();
        var order = await sim.QueueAsync("maple-court", "1A", "plumbing", "routine", "Drip", "plumbing");
        var document = Demo();
        document["vendors"]!.AsArray().RemoveAt(0); // acme-plumbing, named by the dispatch above
        document["vendors"]!.AsArray().RemoveAt(1); // fixit-handyman, named by nothing
        document["preferredVendors"] = new JsonArray(new JsonObject { ["trade"] = "general", ["vendor"] = "cool-air-hvac", ["notToExceed"] = 100 });
        foreach (var property in document["properties"]!.AsArray().OfType<JsonObject>())
        {
            property.Remove("roster");
        }

        var file = Path.Combine(sim.Hub.DataPath, "replaced.json");
        await File.WriteAllTextAsync(file, document.ToJsonString());
        Assert.True((await sim.Hub.Get<PortfolioImporter>().ImportAsync(file, CancellationToken.None)).Succeeded);

        var exported = (await sim.Hub.Get<PortfolioExporter>().ExportAsync("demo", null, CancellationToken.None))!;
        Assert.Equal(["acme-plumbing", "cool-air-hvac"], exported.Vendors!.Select(v => v.Code));
        var only = Assert.Single(exported.PreferredVendors!);
        Assert.Equal((null, "general", "cool-air-hvac", 100m), (only.Property, only.Trade, only.Vendor, only.NotToExceed));
        Assert.Equal("acme-plumbing", (await sim.ReadAsync(db => db.Vendors.SingleAsync(v => v.Id == db.VendorDispatches.Single(d => d.WorkOrderId == order.WorkOrderId).VendorId))).Code);
    }

    [Fact]
    public async Task Vendors_list_shows_where_each_is_preferred_and_dispatches_list_what_became_of_each()
    {
        await using var sim = await SimulatedVendors.StartAsync();
        var order = await sim.QueueAsync("maple-court", "1A", "plumbing", "routine", "Drip", "plumbing");
        await sim.DeliverAsync();
        var aipc = new Aipc(sim.Hub.DataPath);

        var (listed, vendors) = await aipc.RunAsync("vendors", "list");
        var (shown, dispatches) = await aipc.RunAsync("vendors", "dispatches");
        var (_, json) = await aipc.RunAsync("vendors", "dispatches", "--json");

        Assert.Equal((0, 0), (listed, shown));
        Assert.Contains("acme-plumbing   Acme Plumbing   vendor.generic         +1******0130  maple-court plumbing #1 500.00", vendors, StringComparison.Ordinal);
        Assert.Contains("fixit-handyman  Fixit Handyman  vendor.generic         -             maple-court plumbing #2 250.00, * general #1 300.00", vendors, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", vendors, StringComparison.Ordinal);
        Assert.Matches($@"{order.Reference} +acme-plumbing +plumbing +500\.00 +accepted +accepted +job-0001 +2026-11-25 15:00:00Z +{order.Subject}", dispatches);
        var row = JsonDocument.Parse(json).RootElement.EnumerateArray().Single();
        Assert.Equal((order.Reference, "accepted", order.Subject), (row.GetProperty("workOrder").GetString(), row.GetProperty("status").GetString(), row.GetProperty("call").GetString()));
    }

    private static JsonNode Demo()
    {
        var document = JsonNode.Parse(File.ReadAllText(RepoPaths.DemoPortfolio))!;
        foreach (var property in document["properties"]!.AsArray().OfType<JsonObject>())
        {
            property["roster"] = Path.Combine(Path.GetDirectoryName(RepoPaths.DemoPortfolio)!, property["roster"]!.GetValue<string>());
        }

        return document;
    }
}
