using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace AiPhoneCoverage.Simulators.Tests;

/// <summary>The simulated ServiceChannel API over plain HTTP: tokens, create validation, reads, status changes, OData pages, the ledger and faults.</summary>
public sealed class ServiceChannelSimulatorTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly ServiceChannelSimulator _serviceChannel;
    private readonly HttpClient _http = new();

    public ServiceChannelSimulatorTests() => _serviceChannel = new ServiceChannelSimulator(0, time: _clock);

    private async Task<(int Status, JsonElement Json)> TokenAsync(string form = "grant_type=client_credentials", string secret = ServiceChannelSimulator.DemoClientSecret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_serviceChannel.Url + "/oauth/token"))
        {
            Content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ServiceChannelSimulator.DemoClientId}:{secret}")));
        return await ReadAsync(await _http.SendAsync(request));
    }

    private async Task<(int Status, JsonElement Json)> SendAsync(HttpMethod method, string pathAndQuery, object? body = null, string? token = null)
    {
        token ??= (await TokenAsync()).Json.GetProperty("access_token").GetString();
        using var request = new HttpRequestMessage(method, new Uri(_serviceChannel.Url + pathAndQuery));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        return await ReadAsync(await _http.SendAsync(request));
    }

    private static async Task<(int Status, JsonElement Json)> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 || text[0] == '<' ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static object Order(string trade = "PLUMBING", string priority = "P2 - 8 Hours", long location = 2006072, long provider = 2000090505, object? nte = null, string description = "Leak under the sink") => new
    {
        ContractInfo = new { SubscriberId = 2014917243, LocationId = location, TradeName = trade, ProviderId = provider },
        Category = "MAINTENANCE",
        Priority = priority,
        Nte = nte ?? 150.00m,
        CallDate = "2026-11-25T11:00:00Z",
        Description = description,
        Caller = "Resident of unit 4B",
        Status = new { Primary = "OPEN" },
    };

    [Fact]
    public async Task The_token_endpoint_takes_client_credentials_and_issues_bearer_tokens_that_expire()
    {
        var (status, json) = await TokenAsync();
        var (wrongSecret, refused) = await TokenAsync(secret: "wrong");
        var (wrongGrant, unsupported) = await TokenAsync("grant_type=password");
        var token = json.GetProperty("access_token").GetString()!;
        var (before, _) = await SendAsync(HttpMethod.Get, "/v3/odata/workorders", token: token);
        _clock.Advance(TimeSpan.FromMinutes(10));
        var (after, expired) = await SendAsync(HttpMethod.Get, "/v3/odata/workorders", token: token);

        Assert.Equal((200, "bearer", 600), (status, json.GetProperty("token_type").GetString(), json.GetProperty("expires_in").GetInt32()));
        Assert.Equal((401, "invalid_client"), (wrongSecret, refused.GetProperty("error").GetString()));
        Assert.Equal((400, "unsupported_grant_type"), (wrongGrant, unsupported.GetProperty("error").GetString()));
        Assert.Equal((200, 401, "invalid_token"), (before, after, expired.GetProperty("error").GetString()));
        Assert.Equal(1, _serviceChannel.TokensIssued);
    }

    [Fact]
    public async Task ExpireTokens_makes_every_issued_token_fail_with_401_and_a_Bearer_challenge()
    {
        var token = (await TokenAsync()).Json.GetProperty("access_token").GetString()!;
        _serviceChannel.ExpireTokens();

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_serviceChannel.Url + "/v3/workorders/1"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.Single().ToString());
    }

    [Fact]
    public async Task A_valid_work_order_is_created_open_with_the_providers_reply_and_read_back()
    {
        var (status, created) = await SendAsync(HttpMethod.Post, "/v3/workorders", Order());
        var id = created.GetProperty("id").GetInt64();
        var (_, read) = await SendAsync(HttpMethod.Get, $"/v3/workorders/{id}");
        var ledger = JsonDocument.Parse(await _http.GetStringAsync(new Uri(_serviceChannel.Url + "/__ledger/work-orders"))).RootElement;

        Assert.Equal((201, 88472932L), (status, id));
        var order = Assert.Single(_serviceChannel.WorkOrders);
        Assert.Equal((150.00m, "PLUMBING", "OPEN", "DISPATCH CONFIRMED"), (order.Nte, order.Trade, order.PrimaryStatus, order.ExtendedStatus));
        Assert.Equal("""{"Primary":"OPEN","Extended":"DISPATCH CONFIRMED"}""", read.GetProperty("Status").GetRawText());
        Assert.Equal((2006072L, 150.00m), (read.GetProperty("Location").GetProperty("Id").GetInt64(), read.GetProperty("Nte").GetDecimal()));
        Assert.Equal(id, Assert.Single(ledger.EnumerateArray()).GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("HVAC", "P2 - 8 Hours", 2006071, 2000090506, "ContractInfo.TradeName", "Trade 'HVAC' is not available for location 2006071.")]
    [InlineData("PLUMBING", "P9 - Someday", 2006072, 2000090505, "Priority", "Priority 'P9 - Someday' is not valid for location 2006072.")]
    [InlineData("PLUMBING", "P2 - 8 Hours", 9999999, 2000090505, "ContractInfo.LocationId", "Location 9999999 was not found.")]
    [InlineData("PLUMBING", "P2 - 8 Hours", 2006072, 2000090507, "ContractInfo.ProviderId", "Provider 2000090507 does not serve trade 'PLUMBING'.")]
    public async Task An_invalid_trade_priority_location_or_provider_gets_400_with_ModelState_naming_it(
        string trade, string priority, long location, long provider, string field, string message)
    {
        var (status, json) = await SendAsync(HttpMethod.Post, "/v3/workorders", Order(trade, priority, location, provider));

        Assert.Equal(400, status);
        Assert.Equal("The request is invalid.", json.GetProperty("Message").GetString());
        Assert.Equal(message, json.GetProperty("ModelState").GetProperty(field)[0].GetString());
        Assert.Empty(_serviceChannel.WorkOrders);
    }

    [Fact]
    public async Task A_negative_NTE_or_a_body_that_is_not_an_object_gets_400()
    {
        var (negative, json) = await SendAsync(HttpMethod.Post, "/v3/workorders", Order(nte: -5));
        var (array, _) = await SendAsync(HttpMethod.Post, "/v3/workorders", "[1]");

        Assert.Equal((400, 400), (negative, array));
        Assert.True(json.GetProperty("ModelState").TryGetProperty("Nte", out _));
    }

    [Fact]
    public async Task A_status_change_is_answered_like_ServiceChannel_and_an_unknown_status_or_order_is_refused()
    {
        var id = (await SendAsync(HttpMethod.Post, "/v3/workorders", Order())).Json.GetProperty("id").GetInt64();

        var (status, json) = await SendAsync(HttpMethod.Put, $"/v3/workorders/{id}/status", new { Status = new { Primary = "COMPLETED", Extended = "PENDING CONFIRMATION" }, Note = "Done." });
        var (bad, _) = await SendAsync(HttpMethod.Put, $"/v3/workorders/{id}/status", new { Status = new { Primary = "FINISHED" } });
        var (missing, _) = await SendAsync(HttpMethod.Put, "/v3/workorders/1/status", new { Status = new { Primary = "OPEN" } });

        Assert.Equal(200, status);
        Assert.Equal("Status has been changed from '<b>OPEN / DISPATCH CONFIRMED</b>' to '<b>COMPLETED / PENDING CONFIRMATION</b>'", json.GetProperty("result").GetString());
        Assert.Equal((400, 404), (bad, missing));
        Assert.Equal(("COMPLETED", "PENDING CONFIRMATION"), (_serviceChannel.WorkOrders[0].PrimaryStatus, _serviceChannel.WorkOrders[0].ExtendedStatus));
    }

    [Fact]
    public async Task The_OData_list_filters_and_pages_with_nextLink()
    {
        for (var i = 1; i <= 3; i++)
        {
            await SendAsync(HttpMethod.Post, "/v3/workorders", Order(description: $"Leak {i}\n\n[AiPhoneCoverage ref CA000{i}:wo1]"));
        }

        await SendAsync(HttpMethod.Post, "/v3/workorders", Order("ELECTRICAL", provider: 2000090507, description: "Outlet"));
        var filter = Uri.EscapeDataString("Provider/Id eq 2000090505 and CallDate ge 2026-11-25T00:00:00Z and contains(Description,'[AiPhoneCoverage ref')");
        var (status, all) = await SendAsync(HttpMethod.Get, "/v3/odata/workorders?$filter=" + filter + "&$top=2");
        var next = all.GetProperty("@odata.nextLink").GetString()!;
        var (_, rest) = await SendAsync(HttpMethod.Get, new Uri(next).PathAndQuery);
        var (_, one) = await SendAsync(HttpMethod.Get, "/v3/odata/workorders?$filter=" + Uri.EscapeDataString("contains(Description,'[AiPhoneCoverage ref CA0002:wo1]')"));
        var (_, declined) = await SendAsync(HttpMethod.Get, "/v3/odata/workorders?$filter=" + Uri.EscapeDataString("Status/Extended eq 'DECLINED'"));
        var (invalid, error) = await SendAsync(HttpMethod.Get, "/v3/odata/workorders?$filter=" + Uri.EscapeDataString("startswith(Description,'x')"));

        Assert.Equal(200, status);
        Assert.Equal(2, all.GetProperty("value").GetArrayLength());
        Assert.StartsWith(_serviceChannel.Url + "/v3/odata/workorders?$filter=", next, StringComparison.Ordinal);
        Assert.EndsWith("$skip=2", next, StringComparison.Ordinal);
        Assert.Equal(1, rest.GetProperty("value").GetArrayLength());
        Assert.False(rest.TryGetProperty("@odata.nextLink", out _));
        Assert.Equal(88472933L, Assert.Single(one.GetProperty("value").EnumerateArray()).GetProperty("Id").GetInt64());
        Assert.Equal("Outlet", Assert.Single(declined.GetProperty("value").EnumerateArray()).GetProperty("Description").GetString());
        Assert.Equal(400, invalid);
        Assert.StartsWith("The query specified in the URI is not valid", error.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Faults_apply_to_the_API_to_creates_only_or_to_the_token_endpoint()
    {
        var token = (await TokenAsync()).Json.GetProperty("access_token").GetString();
        _serviceChannel.InjectFault(new PmsFault(PmsFaultKind.ServerError, TimeSpan.FromSeconds(45)));
        using var gateway = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(_serviceChannel.Url + "/v3/odata/workorders")));
        _serviceChannel.InjectCreateFault(PmsFault.Of(PmsFaultKind.NoIdReturned));
        var (read, _) = await SendAsync(HttpMethod.Get, "/v3/odata/workorders", token: token);
        var (created, noId) = await SendAsync(HttpMethod.Post, "/v3/workorders", Order(), token);
        _serviceChannel.InjectTokenFault(PmsFault.Throttled(TimeSpan.FromSeconds(7)));
        var (throttled, _) = await TokenAsync();
        _serviceChannel.InjectCreateFault(PmsFault.Of(PmsFaultKind.CreatedThenDropped));
        var dropped = await Record.ExceptionAsync(() => SendAsync(HttpMethod.Post, "/v3/workorders", Order(), token));

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "45"), (gateway.StatusCode, gateway.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(200, read);
        Assert.Equal((201, false), (created, noId.TryGetProperty("id", out _)));
        Assert.Equal(429, throttled);
        Assert.IsType<HttpRequestException>(dropped);
        Assert.Equal(2, _serviceChannel.WorkOrders.Count);
    }

    [Fact]
    public void The_simulator_listens_on_loopback_only()
    {
        Assert.StartsWith("http://127.0.0.1:", _serviceChannel.Url, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _http.Dispose();
        _serviceChannel.Dispose();
    }
}
