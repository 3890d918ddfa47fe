using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace AiPhoneCoverage.AppFolio.Tests;

/// <summary>The connector behind the hub's own resilience pipeline for PMS clients (Polly): its rejections map like transport failures.</summary>
public sealed class HubPipelineTests
{
    [Fact]
    public async Task The_pipelines_total_timeout_is_transient_for_a_read_and_unknown_for_a_create()
    {
        using var appFolio = new AppFolioHarness(timeout: TimeSpan.FromSeconds(30), configure: client => client.AddStandardResilienceHandler(o =>
        {
            o.Retry.DisableForUnsafeHttpMethods();
            o.Retry.MaxRetryAttempts = 1;
            o.Retry.Delay = TimeSpan.FromMilliseconds(10);
            o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(1);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(2);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(4);
        }));
        var property = appFolio.Property();
        Assert.True((await appFolio.Connector.GetUnitsAsync(property, CancellationToken.None)).IsSuccess);
        Assert.True((await appFolio.Connector.GetVocabularyAsync(property, CancellationToken.None)).IsSuccess);
        appFolio.Simulator.InjectFault(PmsFault.Latency(TimeSpan.FromSeconds(3)), 3);

        var read = await appFolio.Connector.GetUnitsAsync(property, CancellationToken.None);
        var created = await appFolio.Connector.CreateWorkOrderAsync(property, AppFolioHarness.Order(), CancellationToken.None);

        Assert.Equal(("timeout", ErrorKind.Transient), (read.Error?.Code, read.Error?.Kind));
        Assert.Equal(("timeout", ErrorKind.Unknown), (created.Error?.Code, created.Error?.Kind));
    }

    [Fact]
    public async Task An_open_circuit_is_transient_unreachable_the_request_was_never_sent()
    {
        using var appFolio = new AppFolioHarness(configure: client => client.AddStandardResilienceHandler(o =>
        {
            o.Retry.MaxRetryAttempts = 1;
            o.Retry.Delay = TimeSpan.FromMilliseconds(10);
            o.CircuitBreaker.MinimumThroughput = 2;
            o.CircuitBreaker.FailureRatio = 0.5;
            o.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
        }));
        var property = appFolio.Property();
        appFolio.Simulator.InjectFault(PmsFault.Of(PmsFaultKind.ServerError), null);

        var results = new List<ProviderError?>();
        for (var i = 0; i < 4; i++)
        {
            results.Add((await appFolio.Connector.GetUnitsAsync(property, CancellationToken.None)).Error);
        }

        Assert.Equal(("pms_unavailable", ErrorKind.Transient), (results[0]?.Code, results[0]?.Kind));
        Assert.Equal(("unreachable", ErrorKind.Transient), (results[^1]?.Code, results[^1]?.Kind));
        Assert.Contains("BrokenCircuitException", results[^1]!.Message, StringComparison.Ordinal);
    }
}
