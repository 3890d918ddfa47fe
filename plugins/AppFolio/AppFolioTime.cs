using System.Globalization;

namespace AiPhoneCoverage.Plugins.AppFolio;

/// <summary>Times as AppFolio's filters take them: UTC ISO-8601 to the second.</summary>
internal static class AppFolioTime
{
    public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
