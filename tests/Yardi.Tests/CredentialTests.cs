using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Yardi.Tests;

/// <summary>Refused logins and licences, and settings that cannot work: Permanent errors that never show a secret.</summary>
public sealed class CredentialTests : IDisposable
{
    private readonly YardiHarness _yardi = new();
    private readonly Plugins.Yardi.YardiConnector _connector;

    public CredentialTests() => _connector = _yardi.Connector();

    public static TheoryData<string, string> WrongLogins => new()
    {
        { "password", "wrong-password-&-2" },
        { "userName", "someone-else" },
        { "database", "other_db" },
        { "platform", "Oracle" },
    };

    [Theory]
    [MemberData(nameof(WrongLogins))]
    public async Task A_refused_login_is_permanent_bad_credentials_without_the_password(string key, string value)
    {
        var target = _yardi.Target(new Dictionary<string, string> { [key] = value });

        var roster = await _connector.ExportRosterAsync(target, null, CancellationToken.None);
        var created = await _connector.CreateWorkOrderAsync(target, YardiHarness.WorkOrder(), CancellationToken.None);

        foreach (var error in new[] { roster.Error!, created.Error! })
        {
            Assert.Equal(("bad_credentials", ErrorKind.Permanent), (error.Code, error.Kind));
            Assert.DoesNotContain(target.Settings["password"], error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("demo-license", error.ToString(), StringComparison.Ordinal);
        }

        Assert.Empty(_yardi.Simulator.WorkOrders);
    }

    [Fact]
    public async Task A_legacy_empty_result_for_a_refused_login_is_bad_credentials_too()
    {
        _yardi.Simulator.EmptyResultOnLoginFailure = true;

        var roster = await _connector.ExportRosterAsync(_yardi.Target(new Dictionary<string, string> { ["password"] = "nope" }), null, CancellationToken.None);

        Assert.Equal(("bad_credentials", ErrorKind.Permanent), (roster.Error!.Code, roster.Error.Kind));
    }

    [Theory]
    [InlineData("interfaceLicense", "forged-license")]
    [InlineData("interfaceEntity", "Someone Else")]
    public async Task A_refused_licence_is_permanent_bad_credentials_without_the_licence(string key, string value)
    {
        var target = _yardi.Target(new Dictionary<string, string> { [key] = value });

        var vocabulary = await _connector.GetVocabularyAsync(target, CancellationToken.None);

        Assert.Equal(("bad_credentials", ErrorKind.Permanent), (vocabulary.Error!.Code, vocabulary.Error.Kind));
        Assert.Contains("licence", vocabulary.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(target.Settings["interfaceLicense"], vocabulary.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-password", vocabulary.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("password", "")]
    [InlineData("baseUrl", "not a url")]
    [InlineData("baseUrl", "ftp://example.com/voyager")]
    [InlineData("searchDays", "0")]
    public async Task Settings_that_cannot_work_are_permanent_bad_configuration_and_nothing_is_sent(string key, string value)
    {
        var result = await _connector.GetVocabularyAsync(_yardi.Target(new Dictionary<string, string> { [key] = value }), CancellationToken.None);

        Assert.Equal(("bad_configuration", ErrorKind.Permanent), (result.Error!.Code, result.Error.Kind));
        Assert.Contains(key, result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _yardi.SoapRequestCount);
    }

    [Fact]
    public async Task A_base_url_without_the_client_path_meets_a_404_and_says_so()
    {
        var roster = await _connector.ExportRosterAsync(_yardi.Target(new Dictionary<string, string> { ["baseUrl"] = _yardi.Simulator.Url + "/demo/other" }), null, CancellationToken.None);

        Assert.Equal(("bad_configuration", ErrorKind.Permanent), (roster.Error!.Code, roster.Error.Kind));
        Assert.Contains("404", roster.Error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _yardi.Dispose();
}
