using System.Text.Json;
using AiPhoneCoverage.Sdk;
using RestSharp;

namespace AiPhoneCoverage.Plugins.Vendors.Generic;

/// <summary>
/// One signed exchange with a vendor over the hub's named HTTP client <c>vendor.generic</c> (RestSharp): the body is
/// signed exactly as sent. 2xx and 409 come back as answers for the dispatcher to read; anything else, and every
/// transport failure, as a mapped <see cref="ProviderError"/>. Never retries by itself.
/// </summary>
internal sealed class VendorEndpoint(IHttpClientFactory httpClientFactory, WebhookSettings settings, TimeProvider time)
{
    public const string HttpClientName = "vendor.generic";

    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>An answer the dispatcher reads: its status code and body (null when the body is empty, Unreadable when it is not our JSON).</summary>
    public sealed record Answer(int Status, VendorAnswer? Body, bool Unreadable);

    public Task<Result<Answer>> PostAsync(Uri url, string json, string idempotencyKey, string what, string?[] sensitive, CancellationToken cancellationToken)
    {
        var request = new RestRequest(url, Method.Post);
        request.AddHeader(IdempotencyHeader, idempotencyKey);
        request.AddStringBody(json, ContentType.Json);
        return SendAsync(request, json, what, "not_found", isWrite: true, sensitive, cancellationToken);
    }

    public Task<Result<Answer>> GetAsync(Uri url, string what, string notFoundCode, CancellationToken cancellationToken) =>
        SendAsync(new RestRequest(url, Method.Get), string.Empty, what, notFoundCode, isWrite: false, [], cancellationToken);

    private async Task<Result<Answer>> SendAsync(
        RestRequest request, string body, string what, string notFoundCode, bool isWrite, string?[] sensitive, CancellationToken cancellationToken)
    {
        request.AddHeader("Accept", "application/json");
        request.AddHeader(WebhookSignature.Header, WebhookSignature.Create(time.GetUtcNow(), body, settings.Secrets));
        RestResponse response;
        using (var client = new RestClient(httpClientFactory.CreateClient(HttpClientName)))
        {
            response = await client.ExecuteAsync(request, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();

        // RestSharp reports an error status as ResponseStatus.Error too: only a missing status code means no answer.
        if (response.StatusCode == 0)
        {
            return VendorErrors.FromTransport(response.ErrorException, what, isWrite);
        }

        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300 or 409)
        {
            var (answer, unreadable) = Parse(response.Content);
            return new Answer(status, answer, unreadable);
        }

        var retryAfter = VendorErrors.RetryAfter(response.Headers?.FirstOrDefault(h => string.Equals(h.Name, "Retry-After", StringComparison.OrdinalIgnoreCase))?.Value, time.GetUtcNow());
        return VendorErrors.FromAnswer(status, response.Content, retryAfter, what, notFoundCode, [.. settings.Secrets, .. sensitive]);
    }

    private static (VendorAnswer? Answer, bool Unreadable) Parse(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return (null, false);
        }

        try
        {
            return (JsonSerializer.Deserialize(content, GenericJson.Default.VendorAnswer), false);
        }
        catch (JsonException)
        {
            return (null, true);
        }
    }
}
