using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.AppFolio.Tests;

/// <summary>
/// Each injected fault maps to the right kind: what never reached AppFolio or was refused for load is Transient; a
/// write whose outcome is not known is Unknown, and the work order it may have created is found by correlation key.
/// </summary>
public sealed class FaultTests : IDisposable
{
    private readonly AppFolioHarness _appFolio = new(timeout: TimeSpan.FromSeconds(3));

    private PmsProperty Property => _appFolio.Property();

    // Reads the units and the vocabulary, so that the next request a create makes is its POST.
    private async Task WarmAsync()
    {
        Assert.True((await _appFolio.Connector.GetUnitsAsync(Property, CancellationToken.None)).IsSuccess);
        Assert.True((await _appFolio.Connector.GetVocabularyAsync(Property, CancellationToken.None)).IsSuccess);
    }

    private Task<Result<WorkOrderReceipt>> CreateAsync(string key = "CA0001:wo1") =>
        _appFolio.Connector.CreateWorkOrderAsync(Property, AppFolioHarness.Order(key), CancellationToken.None);

    private Task<Result<RosterPage>> ReadAsync() => _appFolio.Connector.ExportRosterAsync(Property, null, CancellationToken.None);

    [Theory]
    [InlineData(PmsFaultKind.ServerError, "pms_unavailable")]
    [InlineData(PmsFaultKind.ConnectionReset, "connection_lost")]
    [InlineData(PmsFaultKind.MalformedBody, "malformed_answer")]
    [InlineData(PmsFaultKind.CreatedThenDropped, "connection_lost")]
    public async Task A_failed_read_is_transient(PmsFaultKind kind, string code)
    {
        _appFolio.Simulator.InjectFault(PmsFault.Of(kind));

        var read = await ReadAsync();

        Assert.Equal((code, ErrorKind.Transient), (read.Error?.Code, read.Error?.Kind));
        Assert.True((await ReadAsync()).IsSuccess);
    }

    [Fact]
    public async Task A_server_error_on_create_is_transient_and_creates_nothing()
    {
        await WarmAsync();
        _appFolio.Simulator.InjectFault(PmsFault.Of(PmsFaultKind.ServerError));

        var created = await CreateAsync();

        Assert.Equal(("pms_unavailable", ErrorKind.Transient), (created.Error?.Code, created.Error?.Kind));
        Assert.Empty(_appFolio.Simulator.WorkOrders);
    }

    [Fact]
    public async Task A_503_gateway_page_is_transient_with_its_retry_after()
    {
        _appFolio.Simulator.InjectFault(new PmsFault(PmsFaultKind.ServerError, TimeSpan.FromSeconds(45)));

        var read = await ReadAsync();

        Assert.Equal(("pms_unavailable", ErrorKind.Transient), (read.Error?.Code, read.Error?.Kind));
        Assert.Contains("HTTP 503", read.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("retry after 45 s", read.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throttling_is_transient_with_the_retry_after_in_the_message()
    {
        await WarmAsync();
        _appFolio.Simulator.InjectFault(PmsFault.Throttled(TimeSpan.FromSeconds(30)));

        var created = await CreateAsync();

        Assert.Equal(("throttled", ErrorKind.Transient), (created.Error?.Code, created.Error?.Kind));
        Assert.Contains("retry after 30 s", created.Error!.Message, StringComparison.Ordinal);
        Assert.Empty(_appFolio.Simulator.WorkOrders);
    }

    [Fact]
    public async Task The_token_bucket_throttles_past_its_size()
    {
        using var appFolio = new AppFolioHarness(AppFolioCustomer.Demo with { RateLimit = new AppFolioRateLimit(2, TimeSpan.FromMinutes(1)) });

        var first = await appFolio.Connector.GetUnitsAsync(appFolio.Property(), CancellationToken.None);
        var second = await appFolio.Connector.GetUnitsAsync(appFolio.Property(), CancellationToken.None);
        var third = await appFolio.Connector.GetUnitsAsync(appFolio.Property(), CancellationToken.None);

        Assert.True(first.IsSuccess && second.IsSuccess);
        Assert.Equal(("throttled", ErrorKind.Transient), (third.Error?.Code, third.Error?.Kind));
        Assert.Matches("retry after (29|30) s", third.Error!.Message);
    }

    [Fact]
    public async Task A_connection_reset_on_create_is_unknown()
    {
        await WarmAsync();
        _appFolio.Simulator.InjectFault(PmsFault.Of(PmsFaultKind.ConnectionReset));

        var created = await CreateAsync();

        Assert.Equal(("connection_lost", ErrorKind.Unknown), (created.Error?.Code, created.Error?.Kind));
        Assert.Empty(_appFolio.Simulator.WorkOrders);
        Assert.Null((await _appFolio.Connector.FindWorkOrderAsync(Property, "CA0001:wo1", CancellationToken.None)).Value);
    }

    [Fact]
    public async Task A_malformed_answer_to_a_create_is_unknown()
    {
        await WarmAsync();
        _appFolio.Simulator.InjectFault(PmsFault.Of(PmsFaultKind.MalformedBody));

        var created = await CreateAsync();

        Assert.Equal(("unexpected_answer", ErrorKind.Unknown), (created.Error?.Code, created.Error?.Kind));
    }

    [Fact]
    public async Task A_work_order_created_then_dropped_is_unknown_and_found_by_its_correlation_key()
    {
        await WarmAsync();
        _appFolio.Simulator.InjectFault(PmsFault.Of(PmsFaultKind.CreatedThenDropped));

        var created = await CreateAsync("CA0042:wo1");
        var found = await _appFolio.Connector.FindWorkOrderAsync(Property, "CA0042:wo1", CancellationToken.None);

        Assert.Equal(("connection_lost", ErrorKind.Unknown), (created.Error?.Code, created.Error?.Kind));
        var order = Assert.Single(_appFolio.Simulator.WorkOrders);
        Assert.True(found.IsSuccess, found.Error?.ToString());
        Assert.Equal((order.Id, "New", WorkOrderState.Open), (found.Value!.ExternalId, found.Value.Status, found.Value.State));
    }

    [Fact]
    public async Task A_success_without_an_id_is_unknown_and_the_work_order_is_found_by_its_key()
    {
        await WarmAsync();
        _appFolio.Simulator.InjectFault(PmsFault.Of(PmsFaultKind.NoIdReturned));

        var created = await CreateAsync("CA0043:wo2");
        var found = await _appFolio.Connector.FindWorkOrderAsync(Property, "CA0043:wo2", CancellationToken.None);

        Assert.Equal(("no_id", ErrorKind.Unknown), (created.Error?.Code, created.Error?.Kind));
        Assert.Equal(Assert.Single(_appFolio.Simulator.WorkOrders).Id, found.Value?.ExternalId);
    }

    [Fact]
    public async Task A_timeout_is_transient_for_a_read_and_unknown_for_a_create()
    {
        await WarmAsync();
        _appFolio.Simulator.InjectFault(PmsFault.Latency(TimeSpan.FromSeconds(8)), 2);

        var read = await ReadAsync();
        var created = await CreateAsync();

        Assert.Equal(("timeout", ErrorKind.Transient), (read.Error?.Code, read.Error?.Kind));
        Assert.Equal(("timeout", ErrorKind.Unknown), (created.Error?.Code, created.Error?.Kind));
    }

    public void Dispose() => _appFolio.Dispose();
}
