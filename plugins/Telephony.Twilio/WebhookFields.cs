using System.Globalization;
using System.Web;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Telephony.Twilio;

/// <summary>
/// Reads a verified webhook's form fields and query strictly. The first problem is kept as a <c>malformed</c> error
/// that names the field; values are never echoed (they may be phone numbers or what the caller said).
/// </summary>
internal sealed class WebhookFields(TelephonyWebhook webhook)
{
    private readonly System.Collections.Specialized.NameValueCollection _query = HttpUtility.ParseQueryString(QueryOf(webhook.PathAndQuery));

    public ProviderError? Error { get; private set; }

    public string Required(string name)
    {
        var value = Optional(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            Fail($"{name} is missing");
            return string.Empty;
        }

        return value;
    }

    public string? Optional(string name) => webhook.Form.TryGetValue(name, out var value) ? value : null;

    /// <summary>A field that must be present but may be empty (an SMS body).</summary>
    public string Present(string name)
    {
        var value = Optional(name);
        if (value is null)
        {
            Fail($"{name} is missing");
        }

        return value ?? string.Empty;
    }

    public string CallSid()
    {
        var sid = Required("CallSid");
        return Error is null && !TwilioSids.IsCall(sid) ? Invalid("CallSid", "a call SID (CA and 32 hex digits)") : sid;
    }

    public string MessageSid()
    {
        var name = Optional("MessageSid") is null && Optional("SmsSid") is not null ? "SmsSid" : "MessageSid";
        var sid = Required(name);
        return Error is null && !TwilioSids.IsMessage(sid) ? Invalid(name, "a message SID (SM or MM and 32 hex digits)") : sid;
    }

    public int? OptionalCount(string name)
    {
        var value = Optional(name);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        Invalid(name, "a whole number of zero or more");
        return null;
    }

    public double? OptionalConfidence()
    {
        var value = Optional("Confidence");
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var confidence) && confidence is >= 0 and <= 1)
        {
            return confidence;
        }

        Invalid("Confidence", "a number from 0 to 1");
        return null;
    }

    public string RequiredUrl(string name)
    {
        var value = Required(name);
        if (Error is not null
            || (Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)))
        {
            return value;
        }

        return Invalid(name, "an absolute http or https URL");
    }

    /// <summary>The hub's turn number from the <c>turn</c> query parameter of the action URL.</summary>
    public int Turn(bool required)
    {
        var values = _query.GetValues("turn");
        if (values is null)
        {
            if (required)
            {
                Fail("the query parameter turn is missing");
            }

            return 0;
        }

        if (values.Length == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var turn))
        {
            return turn;
        }

        Fail("the query parameter turn is not a whole number of zero or more");
        return 0;
    }

    private string Invalid(string name, string expected)
    {
        Fail($"{name} is not {expected}");
        return string.Empty;
    }

    private void Fail(string problem) =>
        Error ??= ProviderError.Permanent("malformed", $"Twilio {webhook.Kind} webhook: {problem}.");

    private static string QueryOf(string pathAndQuery)
    {
        var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? string.Empty : pathAndQuery[(question + 1)..];
    }
}
