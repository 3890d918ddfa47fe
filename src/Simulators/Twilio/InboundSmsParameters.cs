using System.Globalization;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The form Twilio posts to a number's messaging URL for an inbound text (twilio.md 1.6): MessageSid and its older
/// aliases SmsSid and SmsMessageSid, AccountSid, From, To, Body, NumMedia, NumSegments, SmsStatus, ApiVersion, and the
/// countries of +1 numbers (the simulator knows no city, state or zip, so it sends none).
/// </summary>
internal static class InboundSmsParameters
{
    public static List<KeyValuePair<string, string>> For(string messageSid, string accountSid, string from, string to, string body)
    {
        List<KeyValuePair<string, string>> form =
        [
            new("ToCountry", Country(to)),
            new("SmsMessageSid", messageSid),
            new("NumMedia", "0"),
            new("SmsSid", messageSid),
            new("SmsStatus", "received"),
            new("Body", body),
            new("FromCountry", Country(from)),
            new("To", to),
            new("NumSegments", Segments(body).ToString(CultureInfo.InvariantCulture)),
            new("MessageSid", messageSid),
            new("AccountSid", accountSid),
            new("From", from),
            new("ApiVersion", "2010-04-01"),
        ];
        form.RemoveAll(p => p.Value.Length == 0 && p.Key.EndsWith("Country", StringComparison.Ordinal));
        return form;
    }

    /// <summary>
    /// SMS segments: 160 characters in one (153 per part when split) for plain text, 70 (67) otherwise. ASCII stands in
    /// for the GSM alphabet, so a few accented letters count as UCS-2 here that a phone would still send as GSM.
    /// </summary>
    public static int Segments(string body)
    {
        var (single, part) = body.All(c => c < 128) ? (160, 153) : (70, 67);
        return body.Length <= single ? 1 : (body.Length + part - 1) / part;
    }

    private static string Country(string number) => number.StartsWith("+1", StringComparison.Ordinal) ? "US" : string.Empty;
}
