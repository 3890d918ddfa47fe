namespace AiPhoneCoverage.Plugins.Yardi;

/// <summary>
/// How the hub's correlation key travels in a service request: the first line of <c>ServiceRequestFullDescription</c>,
/// which GetServiceRequest_Search returns, is <c>AiPhoneCoverage ref: {key}</c>. It comes first so that a description
/// Voyager cuts short still carries it. A key matches only a whole line, never a longer key that starts with it.
/// </summary>
internal static class CorrelationMarker
{
    private const string Prefix = "AiPhoneCoverage ref: ";

    public static string Line(string correlationKey) => Prefix + correlationKey;

    public static bool IsIn(string? fullDescription, string correlationKey) =>
        fullDescription is not null
        && fullDescription.Split('\n').Any(line => string.Equals(line.Trim(), Line(correlationKey), StringComparison.Ordinal));
}
