using AiPhoneCoverage.Sdk;
using Twilio.Security;

namespace AiPhoneCoverage.Plugins.Telephony.Twilio;

/// <summary>
/// Checks <c>X-Twilio-Signature</c> with Twilio's own <see cref="RequestValidator"/>: the public URL as configured plus
/// every form field, HMAC-SHA1 with the auth token, or HMAC-SHA256 when <c>X-Twilio-Webhooks-Signature-Settings</c>
/// says so. Messages name the URL that was checked (to diagnose proxies) and never the secret.
/// </summary>
internal static class TwilioSignature
{
    public const string SignatureHeader = "X-Twilio-Signature";

    public static ProviderError? Check(TelephonyAccount account, TelephonyWebhook webhook)
    {
        var signature = WebhookHeaders.Find(webhook.Headers, SignatureHeader);
        if (string.IsNullOrWhiteSpace(signature))
        {
            return Bad($"the request has no {SignatureHeader} header");
        }

        if (string.IsNullOrEmpty(account.AuthToken))
        {
            return Bad("the account has no auth token configured to check the signature with");
        }

        var algorithm = AlgorithmOf(WebhookHeaders.Find(webhook.Headers, RequestValidator.SignatureSettingsHeader));
        if (algorithm is null)
        {
            return Bad($"{RequestValidator.SignatureSettingsHeader} names a signature algorithm other than {RequestValidator.HmacSha1} or {RequestValidator.HmacSha256}");
        }

        var url = PublicUrl.Of(account, webhook.PathAndQuery);
        var form = new Dictionary<string, string>(webhook.Form, StringComparer.Ordinal);
        bool valid;
        try
        {
            valid = new RequestValidator(account.AuthToken).Validate(url, form, signature, algorithm);
        }
        catch (UriFormatException)
        {
            return Bad($"the webhook URL '{url}' is not a valid URL");
        }

        return valid
            ? null
            : Bad($"the {SignatureHeader} ({algorithm}) does not match the URL {url} and the form fields; check the public base URL and the number's webhook URL, and that the auth token is the account's primary one");
    }

    private static string? AlgorithmOf(string? settings)
    {
        var named = RequestValidator.GetSignatureAlgorithm(settings ?? string.Empty);
        if (string.Equals(named, RequestValidator.HmacSha1, StringComparison.OrdinalIgnoreCase))
        {
            return RequestValidator.HmacSha1;
        }

        return string.Equals(named, RequestValidator.HmacSha256, StringComparison.OrdinalIgnoreCase) ? RequestValidator.HmacSha256 : null;
    }

    private static ProviderError Bad(string why) => ProviderError.Permanent("bad_signature", $"Twilio webhook rejected: {why}.");
}
