using System.Net;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Vendors.Generic;

/// <summary>
/// A vendor's connection settings (plugin.json's configurationSchema). Values are never put into messages: a problem
/// names the key only. <c>smsPhone</c> is the hub's to read and is not checked here.
/// </summary>
internal sealed record WebhookSettings(Uri WebhookUrl, string SigningSecret, string? PreviousSigningSecret, Uri? StatusUrl, Uri? CallbackUrl)
{
    public static Result<WebhookSettings> Read(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string? Value(string key) => settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        if (Endpoint(Value("webhookUrl")) is not { } webhookUrl)
        {
            return Bad("webhookUrl", "must be the vendor's https address (plain http only to a loopback address)");
        }

        if (Value("signingSecret") is not { } secret)
        {
            return Bad("signingSecret", "is missing (the secret shared with the vendor)");
        }

        Uri? statusUrl = null;
        if (Value("statusUrl") is { } status && (statusUrl = Endpoint(status)) is null)
        {
            return Bad("statusUrl", "must be an https address (plain http only to a loopback address)");
        }

        Uri? callbackUrl = null;
        if (Value("callbackUrl") is { } callback && (!Uri.TryCreate(callback, UriKind.Absolute, out callbackUrl) || !IsHttp(callbackUrl)))
        {
            return Bad("callbackUrl", "must be an absolute http(s) address");
        }

        return new WebhookSettings(webhookUrl, secret, Value("previousSigningSecret"), statusUrl, callbackUrl);
    }

    /// <summary>The secrets that sign, newest first.</summary>
    public IReadOnlyList<string> Secrets => PreviousSigningSecret is { } previous && previous != SigningSecret ? [SigningSecret, previous] : [SigningSecret];

    // The work order carries a resident's phone and access notes: it goes over TLS, except to a simulator on this machine.
    // Which hosts may be reached at all is the hub's outbound allow-list (reliability.md T7), checked before this.
    private static Uri? Endpoint(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)))
        && string.IsNullOrEmpty(uri.UserInfo)
            ? uri
            : null;

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));

    private static bool IsHttp(Uri uri) => uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp;

    private static ProviderError Bad(string key, string problem) =>
        ProviderError.Permanent("bad_settings", $"the vendor setting '{key}' {problem}");
}
