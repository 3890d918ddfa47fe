using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;
using Microsoft.Extensions.Time.Testing;

namespace AiPhoneCoverage.RealPage.Tests;

/// <summary>Roster export from getresidentlistinfo: every demo resident, phones, units, local paging, no incremental export.</summary>
public sealed class RosterTests : IDisposable
{
    private readonly RpxWorld _world = new();

    [Fact]
    public async Task The_export_holds_every_demo_resident_of_the_property_with_units_phones_and_email()
    {
        var page = await _world.Connector.ExportRosterAsync(_world.Property, null, CancellationToken.None);

        Assert.True(page.IsSuccess, page.Error?.ToString());
        Assert.Null(page.Value.NextCursor);
        Assert.False(page.Value.IsIncremental);
        var expected = RpxWorld.RiverBend.Residents;
        Assert.Equal(expected.Select(r => r.ResidentId).Order(), page.Value.Residents.Select(r => r.ExternalId).Order());
        foreach (var resident in expected)
        {
            var entry = page.Value.Residents.Single(r => r.ExternalId == resident.ResidentId);
            Assert.Equal((resident.FirstName, resident.LastName, resident.Unit, resident.Email), (entry.FirstName, entry.LastName, entry.UnitCode, entry.Email));
            Assert.Equal(new[] { resident.Phone, resident.AltPhone }.OfType<string>(), entry.Phones);
            Assert.Equal(ResidentStatus.Current, entry.Status);
        }
    }

    [Fact]
    public async Task The_request_asks_for_current_residents_of_every_household_member()
    {
        await _world.Connector.ExportRosterAsync(_world.Property, null, CancellationToken.None);

        var body = WireRequests.Bodies(_world.Simulator, "getresidentlistinfo").Single();
        var args = WireRequests.Arguments(body);
        Assert.Equal("getresidentlistinfo", args.Name.LocalName);
        Assert.Equal(["ExtensionData", "headofhousehold", "status"], args.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(("false", "C"), (args.Elements().ElementAt(1).Value, args.Elements().ElementAt(2).Value));
    }

    [Fact]
    public async Task Pages_cover_the_roster_once_each_from_a_single_gateway_call()
    {
        _world.Settings["rosterPageSize"] = "15";
        var seen = new List<string>();
        var sizes = new List<int>();
        string? cursor = null;
        do
        {
            var page = await _world.Connector.ExportRosterAsync(_world.Property, cursor, CancellationToken.None);
            Assert.True(page.IsSuccess, page.Error?.ToString());
            sizes.Add(page.Value.Residents.Count);
            seen.AddRange(page.Value.Residents.Select(r => r.ExternalId));
            cursor = page.Value.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal([15, 15, 10], sizes);
        Assert.Equal(RpxWorld.RiverBend.Residents.Select(r => r.ResidentId).Order(), seen.Order());
        Assert.Equal(["getresidentlistinfo"], _world.Operations);
    }

    [Fact]
    public async Task An_expired_snapshot_is_fetched_again_and_the_export_goes_on_at_the_same_offset()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var world = new RpxWorld(time: time);
        world.Settings["rosterPageSize"] = "25";

        var first = await world.Connector.ExportRosterAsync(world.Property, null, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(11));
        var second = await world.Connector.ExportRosterAsync(world.Property, first.Value!.NextCursor, CancellationToken.None);

        Assert.True(second.IsSuccess, second.Error?.ToString());
        Assert.Equal(40, first.Value.Residents.Concat(second.Value.Residents).Select(r => r.ExternalId).Distinct().Count());
        Assert.Null(second.Value.NextCursor);
        Assert.Equal(["getresidentlistinfo", "getresidentlistinfo"], world.Operations);
    }

    [Fact]
    public async Task A_since_cursor_is_ignored_because_RPX_has_no_incremental_export()
    {
        var page = await _world.Connector.ExportRosterAsync(_world.Property, "since:2026-11-25T10:00:00Z", CancellationToken.None);

        Assert.True(page.IsSuccess, page.Error?.ToString());
        Assert.False(page.Value.IsIncremental);
        Assert.Equal(40, page.Value.Residents.Count);
    }

    [Fact]
    public async Task A_resident_added_in_OneSite_is_exported_and_one_moved_out_is_not()
    {
        _world.Simulator.AddResident(RpxWorld.SiteId, new SeedResident("880999", "Nadia", "Okoro", "202", "(512) 555-1999", null, "nadia@example.com"));
        Assert.True(_world.Simulator.RemoveResident(RpxWorld.SiteId, "880107"));

        var page = await _world.Connector.ExportRosterAsync(_world.Property, null, CancellationToken.None);

        var ids = page.Value!.Residents.Select(r => r.ExternalId).ToList();
        Assert.Contains("880999", ids);
        Assert.DoesNotContain("880107", ids);
        Assert.Equal(["(512) 555-1999"], page.Value.Residents.Single(r => r.ExternalId == "880999").Phones);
        Assert.Equal("202", page.Value.Residents.Single(r => r.ExternalId == "880999").UnitCode);
    }

    [Fact]
    public async Task A_cursor_the_connector_did_not_issue_is_a_permanent_error()
    {
        var page = await _world.Connector.ExportRosterAsync(_world.Property, "page:2", CancellationToken.None);

        Assert.Equal(("bad_cursor", ErrorKind.Permanent), (page.Error!.Code, page.Error.Kind));
        Assert.Empty(_world.Operations);
    }

    public void Dispose() => _world.Dispose();
}
