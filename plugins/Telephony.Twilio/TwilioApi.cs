using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Telephony.Twilio;

/// <summary>
/// Creates resources on Twilio's REST API (2010-04-01) over the hub's named HTTP client: a form POST with Basic auth and
/// Twilio's idempotency header, answered by the new resource's sid or by a mapped error. Never retries by itself.
/// </summary>
internal sealed class TwilioApi(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "telephony.twilio";

    public const string IdempotencyHeader = "I-Twilio-Idempotency-Token";

    private static readonly Uri PublicApi = new("https://api.twilio.com/");

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
        if (!TwilioSids.IsAccount(account.AccountId) || string.IsNullOrEmpty(account.AuthToken))
        {
            return ProviderError.Permanent("bad_credentials", $"cannot {what}: the Twilio account SID (AC and 32 hex digits) or auth token is not configured.");
        }

        var root = (account.ApiBaseUrl ?? PublicApi).AbsoluteUri.TrimEnd('/');
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{root}/2010-04-01/Accounts/{account.AccountId}/{resource}.json"))
        {
            Content = new FormUrlEncodedContent(fields),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{account.AccountId}:{account.AuthToken}")));
        if (!string.IsNullOrEmpty(idempotencyKey))
        {
            request.Headers.Add(IdempotencyHeader, idempotencyKey);
        }

        string[] secrets = [account.AuthToken, .. sensitive.OfType<string>()];
        try
        {
            var client = httpClientFactory.CreateClient(HttpClientName);
            using var response = await client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
            {
                return SidOf(body) is { } sid
                    ? sid
                    : ProviderError.Unknown("unexpected_answer", $"Twilio accepted an attempt to {what} but its answer carried no sid.");
            }

            return TwilioApiErrors.FromAnswer(what, response.StatusCode, body, secrets);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TwilioApiErrors.Timeout(what);
        }
        catch (HttpRequestException ex)
        {
            return TwilioApiErrors.FromTransport(what, ex);
        }
        catch (Exception ex) when (TwilioApiErrors.FromResiliencePipeline(what, ex) is { } rejected)
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
