using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiPhoneCoverage.Sdk;
using RestSharp;

namespace AiPhoneCoverage.Plugins.AppFolio;

/// <summary>
/// AppFolio's Stack v1 API for one property's settings: RestSharp over the hub's named HTTP client, Basic auth with the
/// client id and secret, JSON through <see cref="AppFolioJson"/>, answers mapped by <see cref="AppFolioErrors"/>. Never
/// retries by itself (the hub's pipeline retries reads; its outbox retries writes after searching).
/// </summary>
internal sealed class StackApi(IHttpClientFactory httpClientFactory, AppFolioSettings settings, TimeProvider time)
{
    public const string HttpClientName = "appfolio";

    /// <summary>The most pages one list read follows, so that a server that keeps answering next_page_path cannot loop it.</summary>
    public const int MaxPages = 200;

    public AppFolioSettings Settings => settings;

    private readonly string _authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.ClientId}:{settings.ClientSecret}"));

    public Task<Result<T>> GetAsync<T>(string resource, IEnumerable<KeyValuePair<string, string>> query, JsonTypeInfo<T> answer, string what, string notFoundCode, CancellationToken cancellationToken)
    {
        var request = new RestRequest(resource, Method.Get);
        foreach (var (name, value) in query)
        {
            request.AddQueryParameter(name, value);
        }

        return SendAsync(request, answer, what, notFoundCode, isWrite: false, [], cancellationToken);
    }

    /// <summary>Reads a list, following <c>next_page_path</c> with <c>page[number]</c> until the last page.</summary>
    public async Task<Result<List<T>>> GetAllAsync<T>(string resource, IReadOnlyList<KeyValuePair<string, string>> query, JsonTypeInfo<ListAnswer<T>> answer, string what, CancellationToken cancellationToken)
    {
        var all = new List<T>();
        for (var page = 1; page <= MaxPages; page++)
        {
            var read = await GetAsync(resource, [.. query, .. PageQuery(page)], answer, what, "not_found", cancellationToken);
            if (!read.IsSuccess)
            {
                return Result<List<T>>.Failure(read.Error);
            }

            if (read.Value.Results is not { } results)
            {
                return MissingResults(what);
            }

            all.AddRange(results);
            if (read.Value.NextPagePath is null)
            {
                return all;
            }
        }

        return ProviderError.Transient("too_many_pages", $"AppFolio kept paging past {MaxPages} pages of {settings.PageSize} while trying to {what}.");
    }

    public static ProviderError MissingResults(string what) =>
        ProviderError.Transient("malformed_answer", $"AppFolio's answer to an attempt to {what} has no results list.");

    public IEnumerable<KeyValuePair<string, string>> PageQuery(int page) =>
    [
        new("page[number]", page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("page[size]", settings.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    public Task<Result<TAnswer>> PostAsync<TBody, TAnswer>(
        string resource, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TAnswer> answer, string what, string?[] sensitive, CancellationToken cancellationToken)
    {
        var request = new RestRequest(resource, Method.Post);
        request.AddStringBody(JsonSerializer.Serialize(body, bodyType), ContentType.Json);
        return SendAsync(request, answer, what, "not_found", isWrite: true, sensitive, cancellationToken);
    }

    private async Task<Result<T>> SendAsync<T>(
        RestRequest request, JsonTypeInfo<T> answer, string what, string notFoundCode, bool isWrite, string?[] sensitive, CancellationToken cancellationToken)
    {
        request.AddHeader("Authorization", _authorization);
        request.AddHeader("Accept", "application/json");
        RestResponse response;
        using (var client = new RestClient(httpClientFactory.CreateClient(HttpClientName), new RestClientOptions(settings.ApiRoot)))
        {
            response = await client.ExecuteAsync(request, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        // RestSharp reports an error status as ResponseStatus.Error too: only a missing status code means no answer.
        if (response.StatusCode == 0)
        {
            return AppFolioErrors.FromTransport(response.ErrorException, what, isWrite);
        }

        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return Parse(response.Content, answer) is { } value
                ? Result<T>.Success(value)
                : isWrite
                    ? ProviderError.Unknown("unexpected_answer", $"AppFolio accepted an attempt to {what} (HTTP {status}) but its answer could not be read; it may have taken effect.")
                    : ProviderError.Transient("malformed_answer", $"AppFolio's answer to an attempt to {what} (HTTP {status}) could not be read.");
        }

        var retryAfter = AppFolioErrors.RetryAfter(response.Headers?.FirstOrDefault(h => string.Equals(h.Name, "Retry-After", StringComparison.OrdinalIgnoreCase))?.Value, time.GetUtcNow());
        return AppFolioErrors.FromAnswer(status, response.Content, retryAfter, what, notFoundCode, [settings.ClientSecret, _authorization, .. sensitive]);
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
