using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Sdk.Tests;

public sealed class SdkVersionTests
{
    [Theory]
    [InlineData("1.0", "1.0", true)]
    [InlineData("1.0", "1.3", true)]
    [InlineData("1.3", "1.3", true)]
    [InlineData("1.4", "1.3", false)]
    [InlineData("2.0", "1.3", false)]
    [InlineData("0.9", "1.3", false)]
    public void A_plugin_loads_with_the_same_major_and_a_minor_no_higher(string plugin, string hub, bool compatible)
    {
        Assert.Equal(compatible, SdkVersion.IsCompatible(Version.Parse(plugin), Version.Parse(hub)));
    }
}
