using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiPhoneCoverage.Sdk;
using RestSharp;

namespace AiPhoneCoverage.Plugins.Vendors.ServiceChannel;

/// <summary>
/// ServiceChannel's REST API v3 for one vendor's settings: RestSharp over the hub's named HTTP client, a Bearer token
/// from <see cref="AccessTokens"/>, fetched again and the request sent once more when the API answers 401 (an expired
/// or revoked token; nothing was done). JSON through <see cref="ServiceChannelJson"/>; answers mapped by
/// <see cref="ServiceChannelErrors"/>. Never retries otherwise (the hub's pipeline and outbox do).
/// </summary>
internal sealed class ServiceChannelApi(IHttpClientFactory httpClientFactory, AccessTokens tokens, ServiceChannelSettings settings, TimeProvider time)
{
    public const string HttpClientName = "vendor.servicechannel";

    public ServiceChannelSettings Settings => settings;

    /// <summary>GETs a path under the API root (<c>workorders/1</c>), or a path and query from the server (<c>/v3/odata/…</c>).</summary>
    public Task<Result<T>> GetAsync<T>(string pathAndQuery, JsonTypeInfo<T> answer, string what, string notFoundCode, CancellationToken cancellationToken) =>
        SendAsync(() => new RestRequest(new Uri(settings.ApiRoot, pathAndQuery), Method.Get), answer, what, notFoundCode, isWrite: false, [], cancellationToken);

    public Task<Result<TAnswer>> PostAsync<TBody, TAnswer>(
        string path, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TAnswer> answer, string what, string?[] sensitive, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(body, bodyType);
        return SendAsync(
            () => new RestRequest(new Uri(settings.ApiRoot, path), Method.Post).AddStringBody(json, ContentType.Json),
            answer, what, "not_found", isWrite: true, sensitive, cancellationToken);
    }

    private async Task<Result<T>> SendAsync<T>(
        Func<RestRequest> build, JsonTypeInfo<T> answer, string what, string notFoundCode, bool isWrite, string?[] sensitive, CancellationToken cancellationToken)
    {
        RestResponse response;
        var refreshed = false;
        while (true)
        {
            var token = await tokens.GetAsync(settings, cancellationToken);
            if (!token.IsSuccess)
            {
                return Result<T>.Failure(token.Error);
            }

            var request = build();
            request.AddHeader("Authorization", "Bearer " + token.Value);
            request.AddHeader("Accept", "application/json");
            using (var client = new RestClient(httpClientFactory.CreateClient(HttpClientName)))
            {
                response = await client.ExecuteAsync(request, cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
            if ((int)response.StatusCode == 401 && !refreshed)
            {
                tokens.Forget(settings, token.Value);
                refreshed = true;
                continue;
            }

            sensitive = [.. sensitive, token.Value];
            break;
        }

        // RestSharp reports an error status as ResponseStatus.Error too: only a missing status code means no answer.
        if (response.StatusCode == 0)
        {
            return ServiceChannelErrors.FromTransport(response.ErrorException, what, isWrite);
        }

        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return Parse(response.Content, answer) is { } value
                ? Result<T>.Success(value)
                : isWrite
                    ? ProviderError.Unknown("unexpected_answer", $"ServiceChannel accepted an attempt to {what} (HTTP {status}) but its answer could not be read; it may have taken effect.")
                    : ProviderError.Transient("malformed_answer", $"ServiceChannel's answer to an attempt to {what} (HTTP {status}) could not be read.");
        }

        var retryAfter = ServiceChannelErrors.RetryAfter(response.Headers?.FirstOrDefault(h => string.Equals(h.Name, "Retry-After", StringComparison.OrdinalIgnoreCase))?.Value, time.GetUtcNow());
        return ServiceChannelErrors.FromAnswer(status, response.Content, retryAfter, what, notFoundCode, [settings.ClientSecret, .. sensitive]);
    }

    private static T? Parse<T>(string? content, JsonTypeInfo<T> type)
    {
        try
        {
            return string.IsNullOrWhiteSpace(content) ? default : JsonSerializer.Deserialize(content, type);
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
