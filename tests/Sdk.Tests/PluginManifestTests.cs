using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Sdk.Tests;

public sealed class PluginManifestTests
{
    private const string Valid = """
        { "id": "telephony.twilio", "version": "0.1.0", "sdkVersion": "1.0", "assembly": "Twilio.dll",
          "capabilities": ["telephony"], "configurationSchema": { "type": "object" } }
        """;

    [Fact]
    public void A_valid_manifest_parses()
    {
        var result = PluginManifest.Parse(Valid);

        Assert.True(result.IsSuccess);
        Assert.Equal("telephony.twilio", result.Value.Id);
        Assert.Equal(new Version(1, 0), result.Value.ParsedSdkVersion);
        Assert.Equal(["telephony"], result.Value.Capabilities);
        Assert.NotNull(result.Value.ConfigurationSchema);
    }

    [Theory]
    [InlineData("""{ "id": "Twilio", "version": "1.0", "sdkVersion": "1.0", "assembly": "a.dll" }""", "id")]
    [InlineData("""{ "id": "x", "version": "one", "sdkVersion": "1.0", "assembly": "a.dll" }""", "version")]
    [InlineData("""{ "id": "x", "version": "1.0", "sdkVersion": "1.0.2", "assembly": "a.dll" }""", "sdkVersion")]
    [InlineData("""{ "id": "x", "version": "1.0", "sdkVersion": "1.0", "assembly": "../a.dll" }""", "assembly")]
    [InlineData("""{ "id": "x", "version": "1.0", "sdkVersion": "1.0", "assembly": "a.dll", "capabilities": ["crm"] }""", "crm")]
    [InlineData("""{ "id": "x", "version": "1.0", "sdkVersion": "1.0" }""", "assembly")]
    [InlineData("""not json""", "not valid")]
    public void An_invalid_manifest_says_what_is_wrong(string json, string mentioned)
    {
        var result = PluginManifest.Parse(json);

        Assert.False(result.IsSuccess);
        Assert.Equal("invalid_manifest", result.Error.Code);
        Assert.Contains(mentioned, result.Error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
