using System.Net;
using System.Net.Sockets;
using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.AppFolio.Tests;

/// <summary>Refusals are Permanent with a clear code, and no message carries the secret or what the caller said.</summary>
public sealed class ErrorTests : IDisposable
{
    private readonly AppFolioHarness _appFolio = new();

    private static void AssertSafe(ProviderError? error)
    {
        Assert.NotNull(error);
        foreach (var forbidden in new[] { DemoPortfolio.ClientSecret, "ZGVtby1jbGllbnQ6ZGVtby1zZWNyZXQ=", "ceiling", "Dog in the bedroom", "+12135551245", "Zoe", "Chen" })
        {
            Assert.DoesNotContain(forbidden, error.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Bad_credentials_are_permanent_and_never_echo_the_secret()
    {
        var property = _appFolio.Property(("clientSecret", "not-the-secret"));

        var roster = await _appFolio.Connector.ExportRosterAsync(property, null, CancellationToken.None);
        var created = await _appFolio.Connector.CreateWorkOrderAsync(property, AppFolioHarness.Order(), CancellationToken.None);

        foreach (var error in new[] { roster.Error, created.Error })
        {
            Assert.Equal(("bad_credentials", ErrorKind.Permanent), (error?.Code, error?.Kind));
            AssertSafe(error);
            Assert.DoesNotContain("not-the-secret", error!.Message, StringComparison.Ordinal);
        }

        Assert.Empty(_appFolio.Simulator.WorkOrders);
    }

    [Fact]
    public async Task An_unknown_unit_is_permanent_and_nothing_is_created()
    {
        var created = await _appFolio.Connector.CreateWorkOrderAsync(_appFolio.Property(), AppFolioHarness.Order(unit: "99Z"), CancellationToken.None);

        Assert.Equal(("unknown_unit", ErrorKind.Permanent), (created.Error?.Code, created.Error?.Kind));
        Assert.Contains("99Z", created.Error!.Message, StringComparison.Ordinal);
        Assert.Empty(_appFolio.Simulator.WorkOrders);
    }

    [Fact]
    public async Task An_unknown_property_is_permanent()
    {
        var created = await _appFolio.Connector.CreateWorkOrderAsync(_appFolio.PropertyWith("99"), AppFolioHarness.Order(), CancellationToken.None);

        Assert.Equal(("unknown_property", ErrorKind.Permanent), (created.Error?.Code, created.Error?.Kind));
    }

    [Fact]
    public async Task A_category_no_trade_fits_is_permanent_unknown_category()
    {
        var created = await _appFolio.Connector.CreateWorkOrderAsync(_appFolio.Property(("vendorTrades", "Roofing")), AppFolioHarness.Order(), CancellationToken.None);

        Assert.Equal(("unknown_category", ErrorKind.Permanent), (created.Error?.Code, created.Error?.Kind));
        Assert.DoesNotContain(_appFolio.ApiRequests, e => e.RequestMessage.Method == "POST");
    }

    [Fact]
    public async Task A_trade_AppFolio_refuses_with_422_is_permanent_unknown_category()
    {
        var created = await _appFolio.Connector.CreateWorkOrderAsync(_appFolio.Property(("vendorTrades", "Plumbing and Drains")), AppFolioHarness.Order(), CancellationToken.None);

        Assert.Equal(("unknown_category", ErrorKind.Permanent), (created.Error?.Code, created.Error?.Kind));
        Assert.Contains("HTTP 422: VendorTrade is not included in the list (VendorTrade)", created.Error!.Message, StringComparison.Ordinal);
        AssertSafe(created.Error);
    }

    [Fact]
    public async Task A_priority_AppFolio_refuses_with_422_is_permanent_unknown_priority()
    {
        var property = _appFolio.Property(("priorities", "Urgent,Normal,Low,Critical"), ("priorityMap:emergency", "Critical"));

        var created = await _appFolio.Connector.CreateWorkOrderAsync(property, AppFolioHarness.Order(), CancellationToken.None);

        Assert.Equal(("unknown_priority", ErrorKind.Permanent), (created.Error?.Code, created.Error?.Kind));
        Assert.Empty(_appFolio.Simulator.WorkOrders);
    }

    [Fact]
    public async Task An_override_naming_a_value_the_list_lacks_is_permanent_before_any_post()
    {
        var created = await _appFolio.Connector.CreateWorkOrderAsync(_appFolio.Property(("priorityMap:emergency", "ASAP")), AppFolioHarness.Order(), CancellationToken.None);

        Assert.Equal(("unknown_priority", ErrorKind.Permanent), (created.Error?.Code, created.Error?.Kind));
        Assert.DoesNotContain(_appFolio.ApiRequests, e => e.RequestMessage.Method == "POST");
    }

    [Theory]
    [InlineData("baseUrl", "")]
    [InlineData("baseUrl", "ftp://example.appfolio.com")]
    [InlineData("clientId", "")]
    [InlineData("clientSecret", " ")]
    [InlineData("pageSize", "5000")]
    public async Task Missing_or_wrong_settings_are_permanent_bad_settings(string key, string value)
    {
        var roster = await _appFolio.Connector.ExportRosterAsync(_appFolio.Property((key, value)), null, CancellationToken.None);

        Assert.Equal(("bad_settings", ErrorKind.Permanent), (roster.Error?.Code, roster.Error?.Kind));
        Assert.Contains(key, roster.Error!.Message, StringComparison.Ordinal);
        Assert.Empty(_appFolio.ApiRequests);
    }

    [Fact]
    public async Task A_base_url_with_or_without_the_api_path_reaches_the_same_api()
    {
        var withPath = await _appFolio.Connector.GetUnitsAsync(_appFolio.Property(("baseUrl", _appFolio.Simulator.Url + "/api/v1/")), CancellationToken.None);
        var wrongPath = await _appFolio.Connector.GetUnitsAsync(_appFolio.Property(("baseUrl", _appFolio.Simulator.Url + "/elsewhere")), CancellationToken.None);

        Assert.True(withPath.IsSuccess, withPath.Error?.ToString());
        Assert.Equal(("not_found", ErrorKind.Permanent), (wrongPath.Error?.Code, wrongPath.Error?.Kind));
    }

    [Fact]
    public async Task A_closed_port_is_transient_unreachable()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var created = await _appFolio.Connector.CreateWorkOrderAsync(
            _appFolio.Property(("baseUrl", $"http://127.0.0.1:{port}")), AppFolioHarness.Order(), CancellationToken.None);

        Assert.Equal(("unreachable", ErrorKind.Transient), (created.Error?.Code, created.Error?.Kind));
    }

    public void Dispose() => _appFolio.Dispose();
}
