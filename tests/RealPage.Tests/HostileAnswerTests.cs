using AiPhoneCoverage.Plugins.RealPage;
using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.RealPage.Tests;

/// <summary>An answer built to hurt the parser (entity expansion, an external entity, sheer size) is a clear error result, never an exception or a hang.</summary>
public sealed class HostileAnswerTests : IDisposable
{
    private readonly RpxWorld _world = new();

    public static TheoryData<string, string> Answers => new()
    {
        { HostileXml.BillionLaughs, "declares a DTD" },
        { HostileXml.ExternalEntity, "declares a DTD" },
        { HostileXml.Oversize, "larger than 16 Mi characters" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task A_hostile_answer_is_a_malformed_answer_with_the_reason(string answer, string reason)
    {
        var services = new ServiceCollection();
        services.AddHttpClient(RpxClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new HostileXml.Answering(answer));
        using var provider = services.BuildServiceProvider();
        var connector = new RealPageConnector(provider.GetRequiredService<IHttpClientFactory>(), TimeProvider.System);

        var roster = await connector.ExportRosterAsync(_world.Property, null, CancellationToken.None);

        Assert.Equal(("malformed_answer", ErrorKind.Transient), (roster.Error!.Code, roster.Error.Kind));
        Assert.Contains(reason, roster.Error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _world.Dispose();
}
