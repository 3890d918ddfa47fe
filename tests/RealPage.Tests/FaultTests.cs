using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.RealPage.Tests;

/// <summary>Each injected fault, in RPX's own shape, maps to the right ErrorKind; a created-then-dropped request is found by its key.</summary>
public sealed class FaultTests : IDisposable
{
    private readonly RpxWorld _world = new();

    /// <summary>Reads the lists and units first, so that the next request is AddServiceRequest itself.</summary>
    private static async Task<Result<WorkOrderReceipt>> CreateWithFaultAsync(RpxWorld world, PmsFault fault)
    {
        Assert.True((await world.Connector.GetVocabularyAsync(world.Property, CancellationToken.None)).IsSuccess);
        Assert.True((await world.Connector.GetUnitsAsync(world.Property, CancellationToken.None)).IsSuccess);
        world.Simulator.InjectFault(fault);
        return await world.Connector.CreateWorkOrderAsync(world.Property, RpxWorld.Order(), CancellationToken.None);
    }

    [Theory]
    [InlineData(PmsFaultKind.ServerError, "rpx_unavailable", ErrorKind.Transient, 0)]
    [InlineData(PmsFaultKind.ConnectionReset, "connection_lost", ErrorKind.Unknown, 0)]
    [InlineData(PmsFaultKind.MalformedBody, "malformed_answer", ErrorKind.Unknown, 0)]
    [InlineData(PmsFaultKind.CreatedThenDropped, "connection_lost", ErrorKind.Unknown, 1)]
    public async Task A_create_that_meets_a_fault_is_classified_for_the_outbox(PmsFaultKind kind, string code, ErrorKind errorKind, int created)
    {
        var result = await CreateWithFaultAsync(_world, PmsFault.Of(kind));

        Assert.Equal((code, errorKind), (result.Error!.Code, result.Error.Kind));
        Assert.Equal(created, _world.Simulator.WorkOrders.Count);
    }

    [Fact]
    public async Task Throttling_is_transient_and_says_when_to_retry()
    {
        var result = await CreateWithFaultAsync(_world, PmsFault.Throttled(TimeSpan.FromSeconds(30)));

        Assert.Equal(("throttled", ErrorKind.Transient), (result.Error!.Code, result.Error.Kind));
        Assert.Contains("retry after 30 s", result.Error.Message, StringComparison.Ordinal);
        Assert.Empty(_world.Simulator.WorkOrders);
    }

    [Fact]
    public async Task A_502_gateway_page_is_transient()
    {
        using var world = new RpxWorld(RealPageSimulatorOptions.Demo with { GatewayErrorStatus = 502 });

        var result = await CreateWithFaultAsync(world, PmsFault.Of(PmsFaultKind.ServerError));

        Assert.Equal(("rpx_unavailable", ErrorKind.Transient), (result.Error!.Code, result.Error.Kind));
        Assert.Contains("HTTP 502", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_create_that_times_out_is_unknown()
    {
        // Generous enough that the reads before it never time out on a busy machine; the create waits twice as long.
        using var world = new RpxWorld(attemptTimeout: TimeSpan.FromSeconds(5));

        var result = await CreateWithFaultAsync(world, PmsFault.Latency(TimeSpan.FromSeconds(10)));

        Assert.Equal(("timeout", ErrorKind.Unknown), (result.Error!.Code, result.Error.Kind));
    }

    [Fact]
    public async Task A_created_then_dropped_request_is_found_by_its_key_and_never_filed_twice()
    {
        var first = await CreateWithFaultAsync(_world, PmsFault.Of(PmsFaultKind.CreatedThenDropped));
        Assert.Equal(ErrorKind.Unknown, first.Error!.Kind);

        // What the hub's outbox does on the next attempt: search by correlation key before creating again.
        var found = await _world.Connector.FindWorkOrderAsync(_world.Property, "call:CA0001:wo1", CancellationToken.None);

        Assert.Equal(_world.Simulator.WorkOrders.Single().ServiceRequestId.ToString(System.Globalization.CultureInfo.InvariantCulture), found.Value!.ExternalId);
        Assert.Single(_world.Simulator.WorkOrders);
    }

    [Fact]
    public async Task A_success_without_an_id_is_resolved_by_the_search()
    {
        using var world = new RpxWorld(RealPageSimulatorOptions.Demo with { ReturnServiceRequestId = true });

        var result = await CreateWithFaultAsync(world, PmsFault.Of(PmsFaultKind.NoIdReturned));

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(world.Simulator.WorkOrders.Single().ServiceRequestId.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Value.ExternalId);
    }

    [Fact]
    public async Task A_success_whose_search_fails_is_unknown_so_the_hub_searches_before_retrying()
    {
        // The licence may add service requests but not list them: the search after the create is refused.
        var allowed = new HashSet<string>(["getproblems", "getservicerequestpriorities", "getlocations", "unitlist", "AddServiceRequest"]);
        using var world = new RpxWorld(RealPageSimulatorOptions.Demo with { AuthorizedOperations = allowed });

        var result = await world.Connector.CreateWorkOrderAsync(world.Property, RpxWorld.Order(), CancellationToken.None);

        Assert.Equal(("no_id_returned", ErrorKind.Unknown), (result.Error!.Code, result.Error.Kind));
        Assert.Contains("not_authorized", result.Error.Message, StringComparison.Ordinal);
        Assert.Single(world.Simulator.WorkOrders);
    }

    [Theory]
    [InlineData(PmsFaultKind.ServerError, "rpx_unavailable")]
    [InlineData(PmsFaultKind.ConnectionReset, "connection_lost")]
    [InlineData(PmsFaultKind.MalformedBody, "malformed_answer")]
    [InlineData(PmsFaultKind.CreatedThenDropped, "connection_lost")]
    public async Task Reads_that_meet_a_fault_are_transient(PmsFaultKind kind, string code)
    {
        _world.Simulator.InjectFault(PmsFault.Of(kind));

        var units = await _world.Connector.GetUnitsAsync(_world.Property, CancellationToken.None);

        Assert.Equal((code, ErrorKind.Transient), (units.Error!.Code, units.Error.Kind));
    }

    [Fact]
    public async Task A_read_that_times_out_is_transient()
    {
        using var world = new RpxWorld(attemptTimeout: TimeSpan.FromSeconds(1));
        world.Simulator.InjectFault(PmsFault.Latency(TimeSpan.FromSeconds(3)));

        var units = await world.Connector.GetUnitsAsync(world.Property, CancellationToken.None);

        Assert.Equal(("timeout", ErrorKind.Transient), (units.Error!.Code, units.Error.Kind));
    }

    [Fact]
    public async Task A_gateway_nobody_listens_on_is_unreachable_and_transient()
    {
        _world.Settings["baseUrl"] = "http://127.0.0.1:1";

        var units = await _world.Connector.GetUnitsAsync(_world.Property, CancellationToken.None);

        Assert.Equal(("unreachable", ErrorKind.Transient), (units.Error!.Code, units.Error.Kind));
    }

    public void Dispose() => _world.Dispose();
}
