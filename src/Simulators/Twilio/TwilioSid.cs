using System.Security.Cryptography;

namespace AiPhoneCoverage.Simulators;

/// <summary>Twilio resource identifiers: a two-letter prefix and 32 lowercase hex digits (CA for calls, SM for messages).</summary>
internal static class TwilioSid
{
    public static string New(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
