using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AiPhoneCoverage.Sdk;
using RestSharp;

namespace AiPhoneCoverage.Plugins.Vendors.ServiceChannel;

/// <summary>
/// OAuth 2.0 client-credentials tokens: <c>POST {authUrl}/oauth/token</c> with the client id and secret as Basic auth
/// and <c>grant_type=client_credentials</c>. A token is kept per login (token URL, client id, and a hash of the secret,
/// so that a new secret gets a new token) until shortly before it expires, or until the API refuses it.
/// </summary>
internal sealed class AccessTokens(IHttpClientFactory httpClientFactory, TimeProvider time)
{
    /// <summary>A token is dropped this long before ServiceChannel says it expires, so that none expires in flight.</summary>
    public static readonly TimeSpan ExpiryMargin = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Expires)> _tokens = new(StringComparer.Ordinal);

    public async Task<Result<string>> GetAsync(ServiceChannelSettings settings, CancellationToken cancellationToken)
    {
        var key = KeyOf(settings);
        if (_tokens.TryGetValue(key, out var kept) && kept.Expires > time.GetUtcNow())
        {
            return kept.Token;
        }

        var fetched = await FetchAsync(settings, cancellationToken);
        if (fetched.IsSuccess)
        {
            _tokens[key] = fetched.Value;
            return fetched.Value.Token;
        }

        return Result<string>.Failure(fetched.Error);
    }

    /// <summary>Drops the token the API refused (not one another call has fetched since).</summary>
    public void Forget(ServiceChannelSettings settings, string token)
    {
        var key = KeyOf(settings);
        if (_tokens.TryGetValue(key, out var kept) && kept.Token == token)
        {
            _tokens.TryRemove(new KeyValuePair<string, (string, DateTimeOffset)>(key, kept));
        }
    }

    private async Task<Result<(string Token, DateTimeOffset Expires)>> FetchAsync(ServiceChannelSettings settings, CancellationToken cancellationToken)
    {
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.ClientId}:{settings.ClientSecret}"));
        var request = new RestRequest(settings.TokenUrl, Method.Post);
        request.AddHeader("Authorization", basic);
        request.AddHeader("Accept", "application/json");
        request.AddStringBody("grant_type=client_credentials", ContentType.FormUrlEncoded);
        RestResponse response;
        using (var client = new RestClient(httpClientFactory.CreateClient(ServiceChannelApi.HttpClientName)))
        {
            response = await client.ExecuteAsync(request, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (response.StatusCode == 0)
        {
            // Whatever happened to a token request, no work order was sent: never Unknown.
            return ServiceChannelErrors.FromTransport(response.ErrorException, "get an access token", isWrite: false);
        }

        var status = (int)response.StatusCode;
        var sensitive = new[] { settings.ClientSecret, basic };
        if (status is < 200 or >= 300)
        {
            var retryAfter = ServiceChannelErrors.RetryAfter(response.Headers?.FirstOrDefault(h => string.Equals(h.Name, "Retry-After", StringComparison.OrdinalIgnoreCase))?.Value, time.GetUtcNow());
            return ServiceChannelErrors.FromTokenAnswer(status, response.Content, retryAfter, sensitive);
        }

        TokenDto? token;
        try
        {
            token = string.IsNullOrWhiteSpace(response.Content) ? null : JsonSerializer.Deserialize(response.Content, ServiceChannelJson.Default.TokenDto);
        }
        catch (JsonException)
        {
            token = null;
        }

        if (token?.AccessToken is not { Length: > 0 } accessToken)
        {
            return ProviderError.Transient("malformed_answer", $"ServiceChannel's token endpoint answered HTTP {status} without an access_token.");
        }

        var lifetime = TimeSpan.FromSeconds(Math.Clamp(token.ExpiresIn ?? 0, 0, 86_400));
        var keep = lifetime > ExpiryMargin * 2 ? lifetime - ExpiryMargin : lifetime / 2;
        return (accessToken, time.GetUtcNow() + keep);
    }

    private static string KeyOf(ServiceChannelSettings settings) =>
        $"{settings.TokenUrl}|{settings.ClientId}|{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(settings.ClientSecret)))}";
}
