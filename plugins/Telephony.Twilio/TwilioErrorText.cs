using System.Text.RegularExpressions;

namespace AiPhoneCoverage.Plugins.Telephony.Twilio;

/// <summary>
/// Makes text that came from Twilio safe for an operator-facing error: removes the secrets and the message text that
/// were sent, masks anything that looks like a phone number, and keeps it short.
/// </summary>
internal static partial class TwilioErrorText
{
    private const int MaxLength = 300;

    public static string Clean(string text, params string?[] sent)
    {
        foreach (var value in sent)
        {
            if (!string.IsNullOrEmpty(value) && value.Length >= 4)
            {
                text = text.Replace(value, "[redacted]", StringComparison.Ordinal);
            }
        }

        text = PhoneNumber().Replace(text, "[number]");
        return text.Length <= MaxLength ? text : text[..MaxLength] + "…";
    }

    // Seven or more digits, optionally with a leading + and the usual separators: E.164 and national formats.
    [GeneratedRegex(@"\+?\d(?:[\s\-().]*\d){6,}", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumber();
}
