using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.RealPage.Tests;

/// <summary>Licence, site, vendor login, method authorisation and configuration refusals: Permanent, clear, without secrets.</summary>
public sealed class CredentialTests : IDisposable
{
    private readonly RpxWorld _world = new();

    [Fact]
    public async Task A_wrong_licence_key_is_bad_credentials_and_the_key_is_not_in_the_message()
    {
        _world.Settings["licenseKey"] = "stolen-key-4f1c";

        var created = await _world.Connector.CreateWorkOrderAsync(_world.Property, RpxWorld.Order(), CancellationToken.None);

        Assert.Equal(("bad_credentials", ErrorKind.Permanent), (created.Error!.Code, created.Error.Kind));
        Assert.DoesNotContain("stolen-key-4f1c", created.Error.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid license key", created.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_outside_the_licence_is_unknown_property()
    {
        var property = _world.Property with { ExternalPropertyId = "9999999" };

        var units = await _world.Connector.GetUnitsAsync(property, CancellationToken.None);

        Assert.Equal(("unknown_property", ErrorKind.Permanent), (units.Error!.Code, units.Error.Kind));
    }

    [Fact]
    public async Task A_registered_vendors_wrong_password_is_bad_credentials_and_never_quoted()
    {
        using var world = new RpxWorld(RealPageSimulatorOptions.Demo with { VendorUserName = "aipc-vendor", VendorPassword = "vendor-secret" });
        world.Settings["userName"] = "aipc-vendor";
        world.Settings["password"] = "Wr0ng-Passw0rd!";

        var results = new List<ProviderError?>
        {
            (await world.Connector.GetUnitsAsync(world.Property, CancellationToken.None)).Error,
            (await world.Connector.ExportRosterAsync(world.Property, null, CancellationToken.None)).Error,
            (await world.Connector.GetVocabularyAsync(world.Property, CancellationToken.None)).Error,
            (await world.Connector.CreateWorkOrderAsync(world.Property, RpxWorld.Order(), CancellationToken.None)).Error,
            (await world.Connector.FindWorkOrderAsync(world.Property, "k", CancellationToken.None)).Error,
        };

        Assert.All(results, e =>
        {
            Assert.Equal(("bad_credentials", ErrorKind.Permanent), (e!.Code, e.Kind));
            Assert.DoesNotContain("Wr0ng-Passw0rd!", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(RpxWorld.LicenseKey, e.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_vendor_licence_without_username_and_password_is_refused()
    {
        using var world = new RpxWorld(RealPageSimulatorOptions.Demo with { VendorUserName = "aipc-vendor", VendorPassword = "vendor-secret" });

        var units = await world.Connector.GetUnitsAsync(world.Property, CancellationToken.None);

        Assert.Equal("bad_credentials", units.Error!.Code);
    }

    [Fact]
    public async Task A_method_the_licence_is_not_authorised_for_is_permanent_not_authorized()
    {
        using var world = new RpxWorld(RealPageSimulatorOptions.Demo with { AuthorizedOperations = new HashSet<string>(["unitlist"]) });

        var roster = await world.Connector.ExportRosterAsync(world.Property, null, CancellationToken.None);

        Assert.Equal(("not_authorized", ErrorKind.Permanent), (roster.Error!.Code, roster.Error.Kind));
        Assert.Contains("getresidentlistinfo", roster.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_partner_is_a_configuration_error()
    {
        _world.Settings["partner"] = "someone-else";

        var units = await _world.Connector.GetUnitsAsync(_world.Property, CancellationToken.None);

        Assert.Equal(("bad_configuration", ErrorKind.Permanent), (units.Error!.Code, units.Error.Kind));
    }

    [Theory]
    [InlineData("baseUrl", null, "bad_configuration")]
    [InlineData("baseUrl", "ftp://gateway", "bad_configuration")]
    [InlineData("partner", null, "bad_configuration")]
    [InlineData("pmcId", null, "bad_configuration")]
    [InlineData("licenseKey", null, "bad_credentials")]
    [InlineData("userName", "only-a-user", "bad_credentials")]
    [InlineData("lookbackDays", "-3", "bad_configuration")]
    public async Task Missing_or_invalid_settings_are_permanent_before_any_call(string key, string? value, string code)
    {
        if (value is null)
        {
            _world.Settings.Remove(key);
        }
        else
        {
            _world.Settings[key] = value;
        }

        var units = await _world.Connector.GetUnitsAsync(_world.Property, CancellationToken.None);

        Assert.Equal((code, ErrorKind.Permanent), (units.Error!.Code, units.Error.Kind));
        Assert.DoesNotContain(RpxWorld.LicenseKey, units.Error.Message, StringComparison.Ordinal);
        Assert.Empty(_world.Operations);
    }

    public void Dispose() => _world.Dispose();
}
