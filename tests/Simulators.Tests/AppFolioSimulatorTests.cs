using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace AiPhoneCoverage.Simulators.Tests;

/// <summary>The simulated AppFolio Stack v1 API over plain HTTP: auth, lists and filters, work-order validation, the ledger, throttling and faults.</summary>
public sealed class AppFolioSimulatorTests : IDisposable
{
    private static readonly SimulatorSeed Seed = SimulatorSeed.Load(Path.Combine(Root(), "samples", "demo", "portfolio.json"));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly AppFolioSimulator _appFolio;
    private readonly HttpClient _http = new();

    public AppFolioSimulatorTests() => _appFolio = new AppFolioSimulator(0, Seed, "demo-client", "demo-secret", time: _clock);

    private async Task<(int Status, JsonElement Json, HttpResponseMessage Response)> SendAsync(
        HttpMethod method, string pathAndQuery, object? body = null, string secret = "demo-secret", string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, new Uri(_appFolio.Url + pathAndQuery));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"demo-client:{secret}")));
        if (body is not null)
        {
            request.Content = new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8, contentType);
        }

        var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response);
    }

    private string UnitId(string name) => _appFolio.Units.Single(u => u.Name == name).Id;

    private object Order(string unit = "4B", string priority = "Urgent") =>
        new { PropertyId = "42", UnitId = UnitId(unit), JobDescription = "Leak under the sink", Priority = priority, VendorTrade = "Plumbing", PermissionToEnter = true };

    [Fact]
    public async Task Wrong_or_missing_credentials_get_401_in_AppFolios_error_shape()
    {
        var (status, json, response) = await SendAsync(HttpMethod.Get, "/api/v1/tenants", secret: "wrong");
        var anonymous = await _http.GetAsync(new Uri(_appFolio.Url + "/api/v1/units"));

        Assert.Equal(401, status);
        Assert.Equal("""{"errors":[{"message":"Unauthorized"}]}""", json.GetRawText());
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Tenants_carry_their_unit_occupancy_and_phone_numbers_and_filter_by_property_and_time()
    {
        var (_, all, _) = await SendAsync(HttpMethod.Get, "/api/v1/tenants?PropertyIds=42");
        var (_, other, _) = await SendAsync(HttpMethod.Get, "/api/v1/tenants?PropertyIds=43");
        _clock.Advance(TimeSpan.FromMinutes(1));
        _appFolio.AddResident("42", new SeedResident("5900", "Ada", "Quinn", "4B", "213-555-1900", null, null));
        var (_, changed, _) = await SendAsync(HttpMethod.Get, "/api/v1/tenants?LastUpdatedAtFrom=2026-11-25T12:00:30Z");

        Assert.Equal(40, all.GetProperty("results").GetArrayLength());
        Assert.Equal(0, other.GetProperty("results").GetArrayLength());
        var first = all.GetProperty("results")[0];
        Assert.Equal(("5000", "42", UnitId("1A")), (first.GetProperty("Id").GetString(), first.GetProperty("PropertyId").GetString(), first.GetProperty("UnitId").GetString()));
        Assert.Equal(
            """[{"Type":"Mobile","Number":"+12135551200"},{"Type":"Home","Number":"213-555-1250"}]""",
            first.GetProperty("PhoneNumbers").GetRawText());
        Assert.Equal("+12135551200", first.GetProperty("Phone").GetString());
        var added = Assert.Single(changed.GetProperty("results").EnumerateArray());
        Assert.Equal("5900", added.GetProperty("Id").GetString());
        Assert.Equal(_appFolio.Units.Single(u => u.Name == "4B").CurrentOccupancyId, added.GetProperty("OccupancyId").GetString());
    }

    [Fact]
    public async Task Pages_carry_next_page_path_until_the_last_one()
    {
        var (_, first, _) = await SendAsync(HttpMethod.Get, "/api/v1/tenants?PropertyIds=42&page[size]=25");
        var next = first.GetProperty("next_page_path").GetString()!;
        var (_, second, _) = await SendAsync(HttpMethod.Get, next);

        Assert.Equal(25, first.GetProperty("results").GetArrayLength());
        Assert.Contains("page[number]=2", Uri.UnescapeDataString(next), StringComparison.Ordinal);
        Assert.Equal(15, second.GetProperty("results").GetArrayLength());
        Assert.False(second.TryGetProperty("next_page_path", out _));
    }

    [Theory]
    [InlineData("/api/v1/tenants?LastUpdatedAtFrom=yesterday", "LastUpdatedAtFrom")]
    [InlineData("/api/v1/units?page[size]=5000", "page[size]")]
    public async Task A_bad_filter_gets_400_naming_it(string pathAndQuery, string field)
    {
        var (status, json, _) = await SendAsync(HttpMethod.Get, pathAndQuery);

        Assert.Equal(400, status);
        Assert.Equal(field, json.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task Units_list_occupied_and_vacant_ones_and_vendors_their_trades()
    {
        var (_, units, _) = await SendAsync(HttpMethod.Get, "/api/v1/units?PropertyIds=42");
        var (_, vendors, _) = await SendAsync(HttpMethod.Get, "/api/v1/vendors");

        Assert.Equal(41, units.GetProperty("results").GetArrayLength());
        Assert.Equal(["11A", "11B"], units.GetProperty("results").EnumerateArray().Where(u => u.GetProperty("CurrentOccupancyId").ValueKind == JsonValueKind.Null).Select(u => u.GetProperty("Name").GetString()));
        Assert.Contains(vendors.GetProperty("results").EnumerateArray(), v => v.GetProperty("VendorTrades")[0].GetString() == "Plumbing");
    }

    [Fact]
    public async Task A_valid_work_order_is_created_with_the_first_status_and_recorded_in_the_ledger()
    {
        var (status, json, _) = await SendAsync(HttpMethod.Post, "/api/v1/work_orders", Order());
        var ledger = JsonDocument.Parse(await _http.GetStringAsync(new Uri(_appFolio.Url + "/__ledger/work-orders"))).RootElement;

        Assert.Equal(201, status);
        var order = Assert.Single(_appFolio.WorkOrders);
        Assert.Equal((order.Id, "New", "Urgent", "2026-11-25T12:00:00Z"), (json.GetProperty("Id").GetString(), json.GetProperty("Status").GetString(), json.GetProperty("Priority").GetString(), json.GetProperty("CreatedAt").GetString()));
        Assert.Equal(order.Id, Assert.Single(ledger.EnumerateArray()).GetProperty("id").GetString());
        Assert.Contains(_appFolio.AllWorkOrders, w => w.Id != order.Id);
    }

    [Fact]
    public async Task An_invalid_work_order_gets_422_with_every_wrong_attribute_and_nothing_is_recorded()
    {
        var body = new { PropertyId = 42, UnitId = "nope", OccupancyId = "nope", Priority = "ASAP", VendorTrade = "Roofing", Status = "Open", PermissionToEnter = "yes" };

        var (status, json, _) = await SendAsync(HttpMethod.Post, "/api/v1/work_orders", body);

        Assert.Equal(422, status);
        Assert.Equal(
            ["JobDescription", "UnitId", "OccupancyId", "Priority", "PermissionToEnter", "VendorTrade", "Status"],
            json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.Empty(_appFolio.WorkOrders);
    }

    [Fact]
    public async Task An_unknown_property_gets_422_and_a_body_that_is_not_json_400()
    {
        var (unknown, json, _) = await SendAsync(HttpMethod.Post, "/api/v1/work_orders", new { PropertyId = "99", JobDescription = "x" });
        var (broken, _, _) = await SendAsync(HttpMethod.Post, "/api/v1/work_orders", "{not json");

        Assert.Equal(422, unknown);
        Assert.Equal("""{"errors":[{"message":"Property not found","field":"PropertyId"}]}""", json.GetRawText());
        Assert.Equal(400, broken);
    }

    [Fact]
    public async Task A_post_that_is_not_json_gets_406()
    {
        var (status, _, _) = await SendAsync(HttpMethod.Post, "/api/v1/work_orders", "PropertyId=42", contentType: "application/x-www-form-urlencoded");

        Assert.Equal(406, status);
        Assert.Empty(_appFolio.WorkOrders);
    }

    [Fact]
    public async Task A_work_order_is_read_and_updated_by_id_and_an_unknown_id_gets_404()
    {
        var (_, created, _) = await SendAsync(HttpMethod.Post, "/api/v1/work_orders", Order());
        var id = created.GetProperty("Id").GetString();
        _clock.Advance(TimeSpan.FromHours(2));

        var (updated, json, _) = await SendAsync(HttpMethod.Put, $"/api/v1/work_orders/{id}", new { Status = "Completed" });
        var (read, readJson, _) = await SendAsync(HttpMethod.Get, $"/api/v1/work_orders/{id}");
        var (missing, _, _) = await SendAsync(HttpMethod.Put, "/api/v1/work_orders/424242", new { Status = "Completed" });
        var (missingRead, _, _) = await SendAsync(HttpMethod.Get, "/api/v1/work_orders/424242");

        Assert.Equal((200, "Completed", "2026-11-25T14:00:00Z"), (updated, json.GetProperty("Status").GetString(), json.GetProperty("CompletedOn").GetString()));
        Assert.Equal((200, "Completed"), (read, readJson.GetProperty("Status").GetString()));
        Assert.Equal((404, 404), (missing, missingRead));
    }

    [Fact]
    public async Task Work_orders_filter_by_property_status_and_time()
    {
        await SendAsync(HttpMethod.Post, "/api/v1/work_orders", Order());

        var (_, recent, _) = await SendAsync(HttpMethod.Get, "/api/v1/work_orders?PropertyId=42&LastUpdatedAtFrom=2026-11-25T11:00:00Z");
        var (_, canceled, _) = await SendAsync(HttpMethod.Get, "/api/v1/work_orders?PropertyId=42&Statuses=Canceled,Waiting");

        Assert.Equal(_appFolio.WorkOrders[0].Id, Assert.Single(recent.GetProperty("results").EnumerateArray()).GetProperty("Id").GetString());
        Assert.Equal(["Waiting", "Canceled"], canceled.GetProperty("results").EnumerateArray().Select(w => w.GetProperty("Status").GetString()));
    }

    [Fact]
    public async Task The_token_bucket_answers_429_with_retry_after_and_refills_with_time()
    {
        using var limited = new AppFolioSimulator(0, Seed, "demo-client", "demo-secret", AppFolioCustomer.Demo with { RateLimit = new AppFolioRateLimit(2, TimeSpan.FromSeconds(20)) }, _clock);
        Func<HttpRequestMessage> request = () => new HttpRequestMessage(HttpMethod.Get, new Uri(limited.Url + "/api/v1/units"))
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("demo-client:demo-secret"))) },
        };

        var statuses = new List<int>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 3; i++)
        {
            refused = await _http.SendAsync(request());
            statuses.Add((int)refused.StatusCode);
        }

        _clock.Advance(TimeSpan.FromSeconds(10));
        var refilled = await _http.SendAsync(request());

        Assert.Equal([200, 200, 429], statuses);
        Assert.Equal(TimeSpan.FromSeconds(10), refused!.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, refilled.StatusCode);
    }

    [Fact]
    public async Task Injected_faults_answer_in_HTTPs_way()
    {
        _appFolio.InjectFault(PmsFault.Throttled(TimeSpan.FromSeconds(30)));
        var (throttled, _, throttledResponse) = await SendAsync(HttpMethod.Get, "/api/v1/units");
        _appFolio.InjectFault(PmsFault.Of(PmsFaultKind.ServerError));
        var (failed, _, _) = await SendAsync(HttpMethod.Get, "/api/v1/units");
        _appFolio.InjectFault(new PmsFault(PmsFaultKind.ServerError, TimeSpan.FromSeconds(60)));
        var unavailable = await _http.GetAsync(new Uri(_appFolio.Url + "/api/v1/units"));
        _appFolio.InjectFault(PmsFault.Of(PmsFaultKind.ConnectionReset));
        var reset = await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync(HttpMethod.Get, "/api/v1/units"));

        Assert.Equal((429, TimeSpan.FromSeconds(30)), (throttled, throttledResponse.Headers.RetryAfter?.Delta));
        Assert.Equal(500, failed);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "text/html"), (unavailable.StatusCode, unavailable.Content.Headers.ContentType?.MediaType));
        Assert.NotEqual(HttpRequestError.ConnectionError, reset.HttpRequestError);
        Assert.Empty(_appFolio.WorkOrders);
    }

    [Fact]
    public async Task Created_then_dropped_records_the_work_order_and_closes_the_connection_without_an_answer()
    {
        _appFolio.InjectFault(PmsFault.Of(PmsFaultKind.CreatedThenDropped));

        await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync(HttpMethod.Post, "/api/v1/work_orders", Order()));

        Assert.Single(_appFolio.WorkOrders);
    }

    [Fact]
    public async Task No_id_returned_creates_the_work_order_and_answers_it_without_its_id()
    {
        _appFolio.InjectFault(PmsFault.Of(PmsFaultKind.NoIdReturned));

        var (status, json, _) = await SendAsync(HttpMethod.Post, "/api/v1/work_orders", Order());

        Assert.Equal(201, status);
        Assert.False(json.TryGetProperty("Id", out _));
        Assert.Equal("Leak under the sink", json.GetProperty("JobDescription").GetString());
        Assert.Single(_appFolio.WorkOrders);
    }

    [Fact]
    public async Task A_malformed_answer_acts_on_nothing()
    {
        _appFolio.InjectFault(PmsFault.Of(PmsFaultKind.MalformedBody));

        var response = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(_appFolio.Url + "/api/v1/work_orders")) { Content = new StringContent("{}") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
        Assert.Empty(_appFolio.WorkOrders);
    }

    [Fact]
    public async Task Concurrent_creates_each_get_their_own_id_in_the_ledger()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => SendAsync(HttpMethod.Post, "/api/v1/work_orders", Order())));

        Assert.All(answers, a => Assert.Equal(201, a.Status));
        Assert.Equal(20, _appFolio.WorkOrders.Select(w => w.Id).Distinct().Count());
    }

    [Fact]
    public void A_resident_moved_out_is_kept_as_past_and_their_unit_becomes_vacant()
    {
        _clock.Advance(TimeSpan.FromDays(1));

        Assert.True(_appFolio.RemoveResident("5003"));
        Assert.False(_appFolio.RemoveResident("5003"));

        var tenant = _appFolio.Tenants.Single(t => t.Id == "5003");
        Assert.Equal(("Past", new DateOnly(2026, 11, 26)), (tenant.Status, tenant.MoveOutOn));
        Assert.Null(_appFolio.Units.Single(u => u.Name == "1B").CurrentOccupancyId);
    }

    public void Dispose()
    {
        _appFolio.Dispose();
        _http.Dispose();
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AiPhoneCoverage.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
