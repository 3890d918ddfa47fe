using System.Net;
using System.Net.Sockets;
using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.Yardi.Tests;

/// <summary>Each fault the simulated Voyager can inject, and what the connector makes of it for a write and for a read.</summary>
public sealed class FaultTests : IDisposable
{
    private readonly YardiHarness _yardi = new();

    public static TheoryData<PmsFaultKind, string, ErrorKind, string, ErrorKind, int> Faults => new()
    {
        // fault, create's code and kind, roster's code and kind, work orders recorded
        { PmsFaultKind.ServerError, "yardi_unavailable", ErrorKind.Transient, "yardi_unavailable", ErrorKind.Transient, 0 },
        { PmsFaultKind.ConnectionReset, "connection_lost", ErrorKind.Unknown, "connection_lost", ErrorKind.Transient, 0 },
        { PmsFaultKind.MalformedBody, "unexpected_answer", ErrorKind.Unknown, "unexpected_answer", ErrorKind.Transient, 0 },
        { PmsFaultKind.CreatedThenDropped, "connection_lost", ErrorKind.Unknown, "connection_lost", ErrorKind.Transient, 1 },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Each_fault_maps_to_the_right_kind(PmsFaultKind fault, string createCode, ErrorKind createKind, string readCode, ErrorKind readKind, int recorded)
    {
        var connector = _yardi.Connector();
        await connector.GetVocabularyAsync(_yardi.Target(), CancellationToken.None);

        _yardi.Simulator.InjectFault(PmsFault.Of(fault));
        var created = await connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(), CancellationToken.None);
        _yardi.Simulator.InjectFault(PmsFault.Of(fault));
        var roster = await connector.ExportRosterAsync(_yardi.Target(), null, CancellationToken.None);

        Assert.Equal((createCode, createKind), (created.Error!.Code, created.Error.Kind));
        Assert.Equal((readCode, readKind), (roster.Error!.Code, roster.Error.Kind));
        Assert.Equal(recorded, _yardi.Simulator.WorkOrders.Count);
    }

    [Fact]
    public async Task Throttling_is_transient_and_says_how_long_to_wait()
    {
        var connector = _yardi.Connector();
        await connector.GetVocabularyAsync(_yardi.Target(), CancellationToken.None);
        _yardi.Simulator.InjectFault(PmsFault.Throttled(TimeSpan.FromSeconds(30)));

        var created = await connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(), CancellationToken.None);

        Assert.Equal(("throttled", ErrorKind.Transient), (created.Error!.Code, created.Error.Kind));
        Assert.Contains("retry after 30 s", created.Error.Message, StringComparison.Ordinal);
        Assert.Empty(_yardi.Simulator.WorkOrders);
    }

    [Fact]
    public async Task A_slow_answer_past_the_clients_timeout_is_unknown_for_a_create_and_transient_for_a_read()
    {
        // Generous enough that the warming read never times out on a busy machine; the faults wait twice as long.
        var connector = _yardi.Connector(timeout: TimeSpan.FromSeconds(3));
        Assert.True((await connector.GetVocabularyAsync(_yardi.Target(), CancellationToken.None)).IsSuccess);

        _yardi.Simulator.InjectFault(PmsFault.Latency(TimeSpan.FromSeconds(6)));
        var created = await connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(), CancellationToken.None);
        _yardi.Simulator.InjectFault(PmsFault.Latency(TimeSpan.FromSeconds(6)));
        var roster = await connector.ExportRosterAsync(_yardi.Target(), null, CancellationToken.None);

        Assert.Equal(("timeout", ErrorKind.Unknown), (created.Error!.Code, created.Error.Kind));
        Assert.Equal(("timeout", ErrorKind.Transient), (roster.Error!.Code, roster.Error.Kind));
    }

    [Fact]
    public async Task Latency_within_the_timeout_only_delays_the_answer()
    {
        // The simulator waits out latency on its clock, so this one runs on the real clock; it reads no date.
        using var yardi = new YardiHarness(TimeProvider.System);
        var connector = yardi.Connector();
        yardi.Simulator.InjectFault(PmsFault.Latency(TimeSpan.FromMilliseconds(300)));

        var roster = await connector.ExportRosterAsync(yardi.Target(), null, CancellationToken.None);

        Assert.True(roster.IsSuccess, roster.Error?.ToString());
    }

    [Fact]
    public async Task A_refused_connection_is_transient_even_for_a_create()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var connector = _yardi.Connector();
        var target = _yardi.Target(new Dictionary<string, string> { ["baseUrl"] = $"http://127.0.0.1:{closedPort}/demo" });

        var vocabulary = await connector.GetVocabularyAsync(target, CancellationToken.None);

        Assert.Equal(("unreachable", ErrorKind.Transient), (vocabulary.Error!.Code, vocabulary.Error.Kind));
    }

    [Fact]
    public async Task The_hubs_pipeline_timing_out_is_unknown_for_a_create_and_its_open_circuit_transient()
    {
        // The first request (the customer's lists) goes through; the create meets the hub's pipeline.
        var timedOut = _yardi.Connector(handler: () => new FailingAfter(1, new Polly.Timeout.TimeoutRejectedException("total timeout")));
        var open = _yardi.Connector(handler: () => new FailingAfter(1, new Polly.CircuitBreaker.BrokenCircuitException("open")));
        var searching = _yardi.Connector(handler: () => new FailingAfter(0, new Polly.Timeout.TimeoutRejectedException("total timeout")));

        var created = await timedOut.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(), CancellationToken.None);
        var whileOpen = await open.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(), CancellationToken.None);
        var search = await searching.FindWorkOrderAsync(_yardi.Target(), "wo-1", CancellationToken.None);

        Assert.Equal(("timeout", ErrorKind.Unknown), (created.Error!.Code, created.Error.Kind));
        Assert.Equal(("unreachable", ErrorKind.Transient), (whileOpen.Error!.Code, whileOpen.Error.Kind));
        Assert.Equal(("timeout", ErrorKind.Transient), (search.Error!.Code, search.Error.Kind));
    }

    [Fact]
    public async Task A_gateway_error_page_is_transient()
    {
        var connector = _yardi.Connector(handler: () => new AnsweringHandler(HttpStatusCode.BadGateway, "<html><body>502 Bad Gateway</body></html>"));

        var roster = await connector.ExportRosterAsync(_yardi.Target(), null, CancellationToken.None);

        Assert.Equal(("yardi_unavailable", ErrorKind.Transient), (roster.Error!.Code, roster.Error.Kind));
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_turned_into_an_error()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _yardi.Connector().ExportRosterAsync(_yardi.Target(), null, cancelled.Token));
    }

    public void Dispose() => _yardi.Dispose();

    private sealed class AnsweringHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "text/html") });
    }
}
