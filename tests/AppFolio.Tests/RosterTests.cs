using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.AppFolio.Tests;

/// <summary>Roster pages from <c>GET /api/v1/tenants</c>: the demo residents with units and phones, paging, and <c>since:</c> cursors.</summary>
public sealed class RosterTests : IDisposable
{
    private readonly AppFolioHarness _appFolio = new();

    private async Task<List<RosterPage>> ExportAllAsync(PmsProperty property, string? cursor = null)
    {
        var pages = new List<RosterPage>();
        do
        {
            var page = await _appFolio.Connector.ExportRosterAsync(property, cursor, CancellationToken.None);
            Assert.True(page.IsSuccess, page.Error?.ToString());
            pages.Add(page.Value);
            cursor = page.Value.NextCursor;
        }
        while (cursor is not null);

        return pages;
    }

    [Fact]
    public async Task The_export_lists_every_demo_resident_of_the_property_with_unit_phones_and_email()
    {
        var pages = await ExportAllAsync(_appFolio.Property());

        var residents = Assert.Single(pages).Residents;
        Assert.False(pages[0].IsIncremental);
        Assert.Equal(DemoPortfolio.Residents.Select(r => r.ResidentId), residents.Select(r => r.ExternalId));
        foreach (var (seed, entry) in DemoPortfolio.Residents.Zip(residents))
        {
            Assert.Equal((seed.FirstName, seed.LastName, seed.Unit, seed.Email), (entry.FirstName, entry.LastName, entry.UnitCode, entry.Email));
            Assert.Equal(new[] { seed.Phone, seed.AltPhone }.OfType<string>(), entry.Phones);
            Assert.Equal(ResidentStatus.Current, entry.Status);
        }
    }

    [Fact]
    public async Task Pages_follow_next_page_path_with_the_configured_size()
    {
        var pages = await ExportAllAsync(_appFolio.Property(("pageSize", "15")));

        Assert.Equal([15, 15, 10], pages.Select(p => p.Residents.Count));
        Assert.Equal(DemoPortfolio.Residents.Select(r => r.ResidentId), pages.SelectMany(p => p.Residents).Select(r => r.ExternalId));
        Assert.Equal(["page:2", "page:3", null], pages.Select(p => p.NextCursor));
        var tenantQueries = _appFolio.ApiRequests.Where(e => e.RequestMessage.Path == "/api/v1/tenants").Select(e => Uri.UnescapeDataString(e.RequestMessage.RawQuery!)).ToList();
        Assert.Equal(
            ["?PropertyIds=42&page[number]=1&page[size]=15", "?PropertyIds=42&page[number]=2&page[size]=15", "?PropertyIds=42&page[number]=3&page[size]=15"],
            tenantQueries);
    }

    [Fact]
    public async Task A_since_cursor_lists_only_residents_changed_since_then_moved_out_ones_included()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        _appFolio.Simulator.AddResident(DemoPortfolio.PropertyId, new SeedResident("5900", "Ada", "Quinn", "12C", "(213) 555-1900", null, "ada@example.com"));
        Assert.True(_appFolio.Simulator.RemoveResident("5000"));

        var pages = await ExportAllAsync(_appFolio.Property(), $"since:{since:yyyy-MM-ddTHH:mm:ssZ}");

        var page = Assert.Single(pages);
        Assert.True(page.IsIncremental);
        Assert.Equal(
            [("5000", "1A", ResidentStatus.MovedOut), ("5900", "12C", ResidentStatus.Current)],
            page.Residents.Select(r => (r.ExternalId, r.UnitCode, r.Status)).Order());
        Assert.Contains("LastUpdatedAtFrom=", Assert.Single(_appFolio.ApiRequests, e => e.RequestMessage.Path == "/api/v1/tenants").RequestMessage.RawQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incremental_pages_keep_their_since_time_in_the_cursor()
    {
        var pages = await ExportAllAsync(_appFolio.Property(("pageSize", "30")), "since:2020-01-01T00:00:00Z");

        Assert.Equal("since:2020-01-01T00:00:00Z;page:2", pages[0].NextCursor);
        Assert.All(pages, p => Assert.True(p.IsIncremental));
        Assert.Equal(40, pages.Sum(p => p.Residents.Count));
        Assert.All(
            _appFolio.ApiRequests.Where(e => e.RequestMessage.Path == "/api/v1/tenants"),
            e => Assert.Contains("LastUpdatedAtFrom=2020-01-01T00:00:00Z&", Uri.UnescapeDataString(e.RequestMessage.RawQuery!), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cursor_the_connector_did_not_write_is_refused_permanently()
    {
        var page = await _appFolio.Connector.ExportRosterAsync(_appFolio.Property(), "offset=40", CancellationToken.None);

        Assert.Equal(("bad_cursor", ErrorKind.Permanent), (page.Error?.Code, page.Error?.Kind));
    }

    [Fact]
    public async Task Units_are_listed_with_their_names_and_vacancy()
    {
        var units = await _appFolio.Connector.GetUnitsAsync(_appFolio.Property(), CancellationToken.None);

        Assert.True(units.IsSuccess, units.Error?.ToString());
        Assert.Equal(DemoPortfolio.Residents.Select(r => r.Unit).Distinct().Append("11A").Append("11B").Order(), units.Value.Select(u => u.UnitCode).Order());
        Assert.Equal(["11A", "11B"], units.Value.Where(u => u.Vacant).Select(u => u.UnitCode));
        Assert.Equal(_appFolio.Simulator.Units.Select(u => u.Id).Order(), units.Value.Select(u => u.ExternalId).Order());
    }

    public void Dispose() => _appFolio.Dispose();
}
