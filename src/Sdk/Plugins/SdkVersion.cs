namespace AiPhoneCoverage.Sdk;

/// <summary>The SDK's version and the rule that decides whether a plugin built against another version loads.</summary>
public static class SdkVersion
{
    /// <summary>The version of this SDK: major.minor. A minor version adds to the API; a major version may break it.</summary>
    public static Version Current { get; } = new(1, 1);

    /// <summary>
    /// A plugin loads when its sdkVersion has the hub's major version and a minor version no higher than the hub's:
    /// a plugin built for 1.0 loads in a 1.3 hub; one built for 1.4 or 2.0 does not.
    /// </summary>
    /// <param name="pluginSdkVersion">The version the plugin was built against (its manifest's sdkVersion).</param>
    /// <param name="hubSdkVersion">The hub's SDK version.</param>
    /// <returns>Whether the plugin may load.</returns>
    public static bool IsCompatible(Version pluginSdkVersion, Version hubSdkVersion)
    {
        ArgumentNullException.ThrowIfNull(pluginSdkVersion);
        ArgumentNullException.ThrowIfNull(hubSdkVersion);
        return pluginSdkVersion.Major == hubSdkVersion.Major && pluginSdkVersion.Minor <= hubSdkVersion.Minor;
    }
}
