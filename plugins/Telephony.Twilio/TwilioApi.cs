using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Telephony.Twilio;

/// <summary>
/// Twilio's REST API (2010-04-01) over the hub's named HTTP client: creates resources (a form POST with Twilio's
/// idempotency header, answered by the new resource's sid) and reads list pages (a GET). Both use the account's Basic
/// credentials and map failures with <see cref="TwilioApiErrors"/>. Never retries by itself.
/// </summary>
internal sealed class TwilioApi(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "telephony.twilio";

    public const string IdempotencyHeader = "I-Twilio-Idempotency-Token";

    private static readonly Uri PublicApi = new("https://api.twilio.com/");

    /// <summary>The path of an account's list resource, for example <c>/2010-04-01/Accounts/AC…/Messages.json</c>.</summary>
    public static string ResourcePath(TelephonyAccount account, string resource) => $"/2010-04-01/Accounts/{account.AccountId}/{resource}.json";

    /// <summary>
    /// POSTs to <c>/2010-04-01/Accounts/{AccountSid}/{resource}.json</c>. <paramref name="what"/> says what is being done,
    /// for messages ("send a text"); <paramref name="sensitive"/> are sent values that must never appear in an error message.
    /// </summary>
    public async Task<Result<string>> CreateAsync(
        TelephonyAccount account,
        string resource,
        IReadOnlyList<KeyValuePair<string, string>> fields,
        string idempotencyKey,
        string what,
        string?[] sensitive,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, (Uri?)null) { Content = new FormUrlEncodedContent(fields) };
        if (!string.IsNullOrEmpty(idempotencyKey))
        {
            request.Headers.Add(IdempotencyHeader, idempotencyKey);
        }

        return await SendAsync(
            account,
            request,
            ResourcePath(account, resource),
            what,
            sensitive,
            acts: true,
            body => SidOf(body) is { } sid
                ? Result<string>.Success(sid)
                : ProviderError.Unknown("unexpected_answer", $"Twilio accepted an attempt to {what} but its answer carried no sid."),
            cancellationToken);
    }

    /// <summary>
    /// GETs <paramref name="pathAndQuery"/> (relative to the API root, as Twilio's <c>next_page_uri</c> is) and parses a
    /// 200 answer with <paramref name="parse"/>. A read changes nothing, so a lost answer is Transient, not Unknown.
    /// </summary>
    public async Task<Result<T>> ReadAsync<T>(
        TelephonyAccount account, string pathAndQuery, string what, string?[] sensitive, Func<string, Result<T>> parse, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, (Uri?)null);
        return await SendAsync(account, request, pathAndQuery, what, sensitive, acts: false, parse, cancellationToken);
    }

    private async Task<Result<T>> SendAsync<T>(
        TelephonyAccount account,
        HttpRequestMessage request,
        string pathAndQuery,
        string what,
        string?[] sensitive,
        bool acts,
        Func<string, Result<T>> parse,
        CancellationToken cancellationToken)
    {
        if (!TwilioSids.IsAccount(account.AccountId) || string.IsNullOrEmpty(account.AuthToken))
        {
            return ProviderError.Permanent("bad_credentials", $"cannot {what}: the Twilio account SID (AC and 32 hex digits) or auth token is not configured.");
        }

        var root = (account.ApiBaseUrl ?? PublicApi).AbsoluteUri.TrimEnd('/');
        request.RequestUri = new Uri(root + pathAndQuery);
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{account.AccountId}:{account.AuthToken}")));

        string[] secrets = [account.AuthToken, .. sensitive.OfType<string>()];
        try
        {
            var client = httpClientFactory.CreateClient(HttpClientName);
            using var response = await client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return (acts ? response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK : response.StatusCode is HttpStatusCode.OK)
                ? parse(body)
                : TwilioApiErrors.FromAnswer(what, response.StatusCode, body, acts, secrets);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TwilioApiErrors.Timeout(what, acts);
        }
        catch (HttpRequestException ex)
        {
            return TwilioApiErrors.FromTransport(what, ex, acts);
        }
        catch (Exception ex) when (TwilioApiErrors.FromResiliencePipeline(what, ex, acts) is { } rejected)
        {
            return rejected;
        }
    }

    private static string? SidOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("sid", out var sid)
                && sid.ValueKind == JsonValueKind.String
                && sid.GetString() is { Length: > 0 } value ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
