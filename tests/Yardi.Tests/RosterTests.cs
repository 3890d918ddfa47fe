using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.Yardi.Tests;

/// <summary>The roster and units from GetResident_Search, against the simulated Voyager.</summary>
public sealed class RosterTests : IDisposable
{
    private readonly YardiHarness _yardi = new();
    private readonly Plugins.Yardi.YardiConnector _connector;

    public RosterTests() => _connector = _yardi.Connector();

    [Fact]
    public async Task The_export_is_every_demo_resident_of_the_property_on_one_page_with_units_phones_and_emails()
    {
        var page = await _connector.ExportRosterAsync(_yardi.Target(), null, CancellationToken.None);

        Assert.True(page.IsSuccess, page.Error?.ToString());
        Assert.Null(page.Value.NextCursor);
        Assert.False(page.Value.IsIncremental);
        var demo = YardiHarness.DemoResidents;
        Assert.Equal(demo.Select(r => (r.ResidentId, r.FirstName, r.LastName, r.Unit)).Order(), page.Value.Residents.Select(r => (r.ExternalId, r.FirstName, r.LastName, r.UnitCode)).Order());
        var maria = page.Value.Residents.Single(r => r.ExternalId == "t0010041");
        Assert.Equal(["(617) 555-1000", "617-555-1050"], maria.Phones);
        Assert.Equal(("maria.garcia@example.com", ResidentStatus.Current), (maria.Email, maria.Status));
        Assert.All(page.Value.Residents, r => Assert.Equal(demo.Single(d => d.ResidentId == r.ExternalId).Phone, r.Phones[0]));
    }

    [Fact]
    public async Task Two_residents_of_one_unit_sharing_a_phone_both_come_out_the_second_as_an_occupant()
    {
        var page = await _connector.ExportRosterAsync(_yardi.Target(), null, CancellationToken.None);

        var unit2C = page.Value!.Residents.Where(r => r.UnitCode == "2C").ToList();
        Assert.Equal(["t0010047", "t0010048"], unit2C.Select(r => r.ExternalId));
        Assert.Equal(["617-555-1006", "+16175551006"], unit2C.Select(r => Assert.Single(r.Phones)));
        Assert.Contains("<OtherOccupants>", _yardi.Simulator.Server.LogEntries[^1].ResponseMessage.BodyData!.BodyAsString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_since_cursor_still_gets_the_whole_roster_because_yardi_has_no_changes_since()
    {
        var page = await _connector.ExportRosterAsync(_yardi.Target(), "since:2026-11-25T10:00:00Z", CancellationToken.None);

        Assert.Equal(40, page.Value!.Residents.Count);
        Assert.False(page.Value.IsIncremental);
        Assert.Null(page.Value.NextCursor);
    }

    [Fact]
    public async Task A_cursor_the_connector_never_issued_is_refused_without_calling_yardi()
    {
        var page = await _connector.ExportRosterAsync(_yardi.Target(), "page:2", CancellationToken.None);

        Assert.Equal(("invalid_cursor", ErrorKind.Permanent), (page.Error!.Code, page.Error.Kind));
        Assert.Equal(0, _yardi.SoapRequestCount);
    }

    [Fact]
    public async Task Residents_added_moved_out_and_removed_in_yardi_show_in_the_next_export()
    {
        _yardi.Simulator.AddResident(YardiHarness.PropertyId, new YardiResident("t0010099", "Ana", "Novak", "11A", "617-555-1099", null, "ana.novak@example.com"));
        _yardi.Simulator.MoveOutResident(YardiHarness.PropertyId, "t0010042");
        _yardi.Simulator.RemoveResident(YardiHarness.PropertyId, "t0010043");

        var residents = (await _connector.ExportRosterAsync(_yardi.Target(), null, CancellationToken.None)).Value!.Residents;

        Assert.Equal(("11A", "617-555-1099"), residents.Where(r => r.ExternalId == "t0010099").Select(r => (r.UnitCode, r.Phones.Single())).Single());
        Assert.Equal(ResidentStatus.MovedOut, residents.Single(r => r.ExternalId == "t0010042").Status);
        Assert.DoesNotContain(residents, r => r.ExternalId == "t0010043");
    }

    [Fact]
    public async Task Units_are_the_units_of_the_roster_and_a_unit_whose_residents_left_is_vacant()
    {
        _yardi.Simulator.MoveOutResident(YardiHarness.PropertyId, "t0010042");

        var units = await _connector.GetUnitsAsync(_yardi.Target(), CancellationToken.None);

        Assert.True(units.IsSuccess, units.Error?.ToString());
        Assert.Equal(YardiHarness.DemoResidents.Select(r => r.Unit).Distinct().Order(StringComparer.OrdinalIgnoreCase), units.Value.Select(u => u.UnitCode));
        Assert.Equal(["1B"], units.Value.Where(u => u.Vacant).Select(u => u.UnitCode));
        Assert.All(units.Value, u => Assert.Equal(u.UnitCode, u.ExternalId));
    }

    [Fact]
    public async Task An_unknown_property_is_a_permanent_error()
    {
        var page = await _connector.ExportRosterAsync(_yardi.Target(propertyId: "elm99"), null, CancellationToken.None);

        Assert.Equal(("unknown_property", ErrorKind.Permanent), (page.Error!.Code, page.Error.Kind));
        Assert.Contains("elm99", page.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_property_whose_interface_is_not_configured_is_a_permanent_error()
    {
        _yardi.Simulator.SetInterfaceConfigured(YardiHarness.PropertyId, false);

        var page = await _connector.ExportRosterAsync(_yardi.Target(), null, CancellationToken.None);

        Assert.Equal(("interface_not_configured", ErrorKind.Permanent), (page.Error!.Code, page.Error.Kind));
    }

    public void Dispose() => _yardi.Dispose();
}
