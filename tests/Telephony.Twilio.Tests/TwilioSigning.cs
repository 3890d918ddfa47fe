using System.Security.Cryptography;
using System.Text;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Telephony.Twilio.Tests;

/// <summary>
/// Signs webhooks the way Twilio documents it, computed here by hand rather than with the library under test:
/// Base64(HMAC(secret, url + the form fields sorted by name, each as name + value)).
/// </summary>
internal static class TwilioSigning
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do not use weak cryptographic algorithms", Justification = "Twilio's default webhook signature is HMAC-SHA1.")]
    public static string Sign(string secret, string url, IReadOnlyDictionary<string, string> form, bool sha256 = false)
    {
        var data = new StringBuilder(url);
        foreach (var name in form.Keys.Order(StringComparer.Ordinal))
        {
            data.Append(name).Append(form[name]);
        }

        var key = Encoding.UTF8.GetBytes(secret);
        var bytes = Encoding.UTF8.GetBytes(data.ToString());
        return Convert.ToBase64String(sha256 ? HMACSHA256.HashData(key, bytes) : HMACSHA1.HashData(key, bytes));
    }

    /// <summary>A webhook as Twilio would send it to <paramref name="signedBase"/> + <paramref name="pathAndQuery"/>.</summary>
    public static TelephonyWebhook Webhook(
        WebhookKind kind,
        string pathAndQuery,
        Dictionary<string, string> form,
        string signedBase = "https://hub.example.com",
        string secret = TestAccounts.AuthToken,
        bool sha256 = false)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["X-Twilio-Signature"] = Sign(secret, signedBase + pathAndQuery, form, sha256),
            ["Content-Type"] = "application/x-www-form-urlencoded",
        };
        if (sha256)
        {
            headers["X-Twilio-Webhooks-Signature-Settings"] = "key=KS0123,algorithm=HMAC_SHA256";
        }

        return new TelephonyWebhook(kind, pathAndQuery, headers, form);
    }

    public static TelephonyWebhook With(this TelephonyWebhook webhook, Action<Dictionary<string, string>>? headers = null, Action<Dictionary<string, string>>? form = null)
    {
        var newHeaders = new Dictionary<string, string>(webhook.Headers, StringComparer.OrdinalIgnoreCase);
        var newForm = new Dictionary<string, string>(webhook.Form, StringComparer.Ordinal);
        headers?.Invoke(newHeaders);
        form?.Invoke(newForm);
        return webhook with { Headers = newHeaders, Form = newForm };
    }

    /// <summary>The fields Twilio posts to a number's voice URL for an incoming call.</summary>
    public static Dictionary<string, string> IncomingCallForm() => new(StringComparer.Ordinal)
    {
        ["AccountSid"] = TestAccounts.AccountSid,
        ["ApiVersion"] = "2010-04-01",
        ["CallSid"] = TestAccounts.CallSid,
        ["CallStatus"] = "ringing",
        ["Called"] = "+15005550006",
        ["Caller"] = "+14155551234",
        ["Direction"] = "inbound",
        ["From"] = "+14155551234",
        ["FromCity"] = "SAN FRANCISCO",
        ["To"] = "+15005550006",
    };
}
