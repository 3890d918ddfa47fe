using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace AiPhoneCoverage.Vendors.Tests;

/// <summary>The dispatchers behind the hub's standard resilience pipeline (Polly): its rejections map like transport failures.</summary>
public sealed class HubPipelineTests
{
    private static Action<IHttpClientBuilder> Pipeline(Action<HttpStandardResilienceOptions> configure) =>
        client => client.AddStandardResilienceHandler(o =>
        {
            // The hub's outbox retries dispatches after searching; the pipeline retries safe methods only.
            o.Retry.DisableForUnsafeHttpMethods();
            o.Retry.MaxRetryAttempts = 1;
            o.Retry.Delay = TimeSpan.FromMilliseconds(10);
            configure(o);
        });

    [Fact]
    public async Task The_pipelines_total_timeout_is_unknown_for_a_webhook_and_transient_for_a_status_read()
    {
        using var vendors = new VendorEndpointSimulator(0);
        using var harness = new VendorHarness(timeout: TimeSpan.FromSeconds(30), configure: Pipeline(o =>
        {
            o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(1);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(2);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(4);
        }));
        var settings = VendorHarness.Settings(
            ("webhookUrl", vendors.WebhookUrl("acme-plumbing")), ("signingSecret", "demo-acme-plumbing-secret"), ("statusUrl", vendors.StatusUrl("acme-plumbing")));
        vendors.InjectFault(PmsFault.Latency(TimeSpan.FromSeconds(3)), 3);

        var dispatched = await harness.Generic.DispatchAsync(new DispatchRequest(VendorHarness.Order(), "acme-plumbing", 1m, settings), CancellationToken.None);
        var status = await harness.Generic.GetStatusAsync("job-0001", settings, CancellationToken.None);

        Assert.Equal(("timeout", ErrorKind.Unknown), (dispatched.Error?.Code, dispatched.Error?.Kind));
        Assert.Equal(("timeout", ErrorKind.Transient), (status.Error?.Code, status.Error?.Kind));
    }

    [Fact]
    public async Task An_open_circuit_is_transient_unreachable_the_work_order_was_never_sent()
    {
        using var serviceChannel = new ServiceChannelSimulator(0);
        using var harness = new VendorHarness(configure: Pipeline(o =>
        {
            o.CircuitBreaker.MinimumThroughput = 2;
            o.CircuitBreaker.FailureRatio = 0.5;
            o.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
        }));
        var settings = VendorHarness.Settings(
            ("baseUrl", serviceChannel.Url), ("authUrl", serviceChannel.Url),
            ("clientId", ServiceChannelSimulator.DemoClientId), ("clientSecret", ServiceChannelSimulator.DemoClientSecret),
            ("providerId", "2000090505"), ("locationId", "2006072"), ("trade", "PLUMBING"), ("priority", "P3 - 48 Hours"));
        serviceChannel.InjectFault(PmsFault.Of(PmsFaultKind.ServerError), null);

        var results = new List<ProviderError?>();
        for (var i = 0; i < 4; i++)
        {
            results.Add((await harness.ServiceChannel.DispatchAsync(new DispatchRequest(VendorHarness.Order(), "rapid-rooter", 1m, settings), CancellationToken.None)).Error);
        }

        // The pipeline retries the search (a GET) once; the circuit may open during that retry already.
        Assert.All(results, e => Assert.Equal(ErrorKind.Transient, e?.Kind));
        Assert.Equal(("unreachable", ErrorKind.Transient), (results[^1]?.Code, results[^1]?.Kind));
        Assert.Contains("BrokenCircuitException", results[^1]!.Message, StringComparison.Ordinal);
        Assert.Empty(serviceChannel.WorkOrders);
    }
}
