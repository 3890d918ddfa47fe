using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Tests.Shared;

namespace AiPhoneCoverage.Yardi.Tests;

/// <summary>An answer built to hurt the parser (entity expansion, an external entity, sheer size) is a clear error result, never an exception or a hang.</summary>
public sealed class HostileAnswerTests : IDisposable
{
    private readonly YardiHarness _yardi = new();

    public static TheoryData<string, string> Answers => new()
    {
        { HostileXml.BillionLaughs, "declares a DTD" },
        { HostileXml.ExternalEntity, "declares a DTD" },
        { HostileXml.Oversize, "larger than 16 Mi characters" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task A_hostile_answer_is_an_unexpected_answer_with_the_reason(string answer, string reason)
    {
        var connector = _yardi.Connector(handler: () => new HostileXml.Answering(answer));

        var roster = await connector.ExportRosterAsync(_yardi.Target(), null, CancellationToken.None);

        Assert.Equal(("unexpected_answer", ErrorKind.Transient), (roster.Error!.Code, roster.Error.Kind));
        Assert.Contains(reason, roster.Error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _yardi.Dispose();
}
