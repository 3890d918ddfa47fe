using System.Globalization;

namespace AiPhoneCoverage.Simulators;

/// <summary>Dates as Twilio writes them in resources and callbacks: RFC 1123 with a numeric zone, for example "Tue, 14 Oct 2025 10:00:00 +0000".</summary>
internal static class TwilioDate
{
    public static string Format(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
}
