using System.Globalization;

namespace AiPhoneCoverage.Simulators;

/// <summary>One thing the caller does: speak a sentence, or press keys (written <c>press:1</c>).</summary>
internal sealed record CallerTurn(string? Speech, string? Digits)
{
    private const string PressPrefix = "press:";

    public static CallerTurn Parse(string turn) =>
        turn.StartsWith(PressPrefix, StringComparison.OrdinalIgnoreCase) ? new(null, turn[PressPrefix.Length..].Trim()) : new(turn, null);

    public string Transcript => Digits is null ? Speech! : $"[pressed {Digits}]";

    /// <summary>
    /// What a Gather with this <c>input</c> (default "dtmf") heard: SpeechResult and Confidence, or Digits. Speech to a
    /// keys-only Gather, or keys to a speech-only one, is not heard, as on a real call.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> HeardBy(string? input, double confidence)
    {
        var modes = (input ?? "dtmf").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (Digits is not null)
        {
            return modes.Contains("dtmf", StringComparer.OrdinalIgnoreCase) ? [new("Digits", Digits)] : [];
        }

        return modes.Contains("speech", StringComparer.OrdinalIgnoreCase)
            ? [new("SpeechResult", Speech!), new("Confidence", confidence.ToString("0.########", CultureInfo.InvariantCulture))]
            : [];
    }
}
