using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace AiPhoneCoverage.Simulators.Tests;

/// <summary>The vendor endpoint simulator over plain HTTP: signature checks, replies by configuration, idempotency, status reads, ledgers and faults.</summary>
public sealed class VendorEndpointSimulatorTests : IDisposable
{
    private const string Secret = "demo-acme-plumbing-secret";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly VendorEndpointSimulator _vendors;
    private readonly HttpClient _http = new();

    public VendorEndpointSimulatorTests() => _vendors = new VendorEndpointSimulator(0, time: _clock);

    private static string Sign(string secret, long t, string body) =>
        $"t={t.ToString(CultureInfo.InvariantCulture)},v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}")));

    private async Task<(int Status, JsonElement Json)> PostAsync(
        string code = "acme-plumbing", string key = "CA0001:wo1", string? body = null, string secret = Secret, TimeSpan? skew = null, string? signature = null)
    {
        body ??= """{"event":"work_order.dispatch","correlationKey":"CA0001:wo1","category":"plumbing","urgency":"routine","notToExceed":250.00,"callbackUrl":"https://hub.example.com/cb"}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_vendors.WebhookUrl(code)))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key);
        request.Headers.TryAddWithoutValidation("AiPhoneCoverage-Signature", signature ?? Sign(secret, (_clock.GetUtcNow() + (skew ?? TimeSpan.Zero)).ToUnixTimeSeconds(), body));
        return await ReadAsync(await _http.SendAsync(request));
    }

    private async Task<(int Status, JsonElement Json)> StatusAsync(string code, string id, string secret = Secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_vendors.StatusUrl(code) + "/" + Uri.EscapeDataString(id)));
        request.Headers.TryAddWithoutValidation("AiPhoneCoverage-Signature", Sign(secret, _clock.GetUtcNow().ToUnixTimeSeconds(), string.Empty));
        return await ReadAsync(await _http.SendAsync(request));
    }

    private static async Task<(int Status, JsonElement Json)> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }

    [Fact]
    public async Task A_signed_webhook_is_taken_as_a_job_and_answered_by_the_vendors_reply()
    {
        var (accepted, acceptedJson) = await PostAsync("acme-plumbing");
        var (declined, declinedJson) = await PostAsync("volt-electric", secret: "demo-volt-electric-secret");
        var (pending, pendingJson) = await PostAsync("fixit-handyman", secret: "demo-fixit-handyman-secret");

        Assert.Equal((202, "job-0001", "accepted"), (accepted, acceptedJson.GetProperty("id").GetString(), acceptedJson.GetProperty("status").GetString()));
        Assert.Equal((409, "declined"), (declined, declinedJson.GetProperty("status").GetString()));
        Assert.Equal((200, "pending"), (pending, pendingJson.GetProperty("status").GetString()));
        var job = _vendors.Jobs[0];
        Assert.Equal(("acme-plumbing", "CA0001:wo1", "plumbing", "routine", 250.00m, "https://hub.example.com/cb"), (job.VendorCode, job.CorrelationKey, job.Category, job.Urgency, job.NotToExceed, job.CallbackUrl));
        Assert.All(_vendors.Deliveries, d => Assert.True(d.SignatureValid));
    }

    [Theory]
    [InlineData("wrong-secret", 0, null, "no v1 signature matches the body under the vendor's secret")]
    [InlineData(Secret, -301, null, "outside the 300 s tolerance")]
    [InlineData(Secret, 301, null, "outside the 300 s tolerance")]
    [InlineData(Secret, 0, "v1=abc", "the header has no single t=<unix seconds>")]
    [InlineData(Secret, 0, "t=1764072000", "the header has no v1 signature")]
    public async Task A_bad_or_stale_signature_gets_401_is_recorded_with_the_reason_and_takes_no_job(string secret, int skewSeconds, string? header, string reason)
    {
        var (status, json) = await PostAsync(secret: secret, skew: TimeSpan.FromSeconds(skewSeconds), signature: header);

        Assert.Equal(401, status);
        Assert.Contains(reason, json.GetProperty("error").GetString(), StringComparison.Ordinal);
        var delivery = Assert.Single(_vendors.Deliveries);
        Assert.Equal((false, 401), (delivery.SignatureValid, delivery.AnsweredStatus));
        Assert.Contains(reason, delivery.Rejection, StringComparison.Ordinal);
        Assert.Empty(_vendors.Jobs);
    }

    [Fact]
    public async Task A_repeated_idempotency_key_gets_the_first_answer_and_no_second_job()
    {
        var first = await PostAsync();
        _vendors.SetReply("acme-plumbing", VendorReply.Decline);
        var again = await PostAsync();
        var other = await PostAsync(key: "CA0002:wo1");

        Assert.Equal(first.Status, again.Status);
        Assert.Equal(first.Json.GetRawText(), again.Json.GetRawText());
        Assert.Equal(409, other.Status);
        Assert.Equal(2, _vendors.Jobs.Count);
        Assert.Equal(3, _vendors.Deliveries.Count);
    }

    [Fact]
    public async Task Status_reads_find_a_job_by_id_or_by_idempotency_key_and_need_a_signature()
    {
        await PostAsync("fixit-handyman", secret: "demo-fixit-handyman-secret");
        _vendors.SetJobStatus("job-0001", "in_progress");

        var (byId, json) = await StatusAsync("fixit-handyman", "job-0001", "demo-fixit-handyman-secret");
        var (byKey, keyed) = await StatusAsync("fixit-handyman", "CA0001:wo1", "demo-fixit-handyman-secret");
        var (unsigned, _) = await StatusAsync("fixit-handyman", "job-0001", "wrong");
        var (unknown, _) = await StatusAsync("fixit-handyman", "job-0099", "demo-fixit-handyman-secret");

        Assert.Equal((200, "in_progress"), (byId, json.GetProperty("status").GetString()));
        Assert.Equal((200, "job-0001"), (byKey, keyed.GetProperty("id").GetString()));
        Assert.Equal((401, 404), (unsigned, unknown));
    }

    [Fact]
    public async Task An_unknown_vendor_a_missing_key_or_a_body_that_is_not_an_object_is_refused()
    {
        var (unknownVendor, _) = await PostAsync("nobody");
        var (notObject, _) = await PostAsync(body: "[1,2]");

        Assert.Equal((404, 400), (unknownVendor, notObject));
        Assert.Empty(_vendors.Jobs);
    }

    [Fact]
    public async Task The_ledgers_are_served_over_HTTP_too()
    {
        await PostAsync();

        var deliveries = JsonDocument.Parse(await _http.GetStringAsync(new Uri(_vendors.Url + "/__ledger/deliveries"))).RootElement;
        var jobs = JsonDocument.Parse(await _http.GetStringAsync(new Uri(_vendors.Url + "/__ledger/jobs"))).RootElement;

        Assert.Equal("acme-plumbing", Assert.Single(deliveries.EnumerateArray()).GetProperty("vendorCode").GetString());
        Assert.Equal(250.00m, Assert.Single(jobs.EnumerateArray()).GetProperty("notToExceed").GetDecimal());
    }

    [Fact]
    public async Task Faults_answer_in_HTTPs_own_way_and_created_then_dropped_keeps_the_job()
    {
        _vendors.InjectFault(PmsFault.Throttled(TimeSpan.FromSeconds(9)));
        var (throttled, _) = await PostAsync();
        _vendors.InjectFault(PmsFault.Of(PmsFaultKind.ServerError));
        var (failed, _) = await PostAsync();
        _vendors.InjectFault(PmsFault.Of(PmsFaultKind.CreatedThenDropped));
        var dropped = await Record.ExceptionAsync(() => PostAsync());
        var (replayed, json) = await PostAsync();

        Assert.Equal((429, 500), (throttled, failed));
        Assert.IsType<HttpRequestException>(dropped);
        Assert.Equal((202, "job-0001"), (replayed, json.GetProperty("id").GetString()));
        Assert.Single(_vendors.Jobs);
        Assert.Equal([0, 202], _vendors.Deliveries.Select(d => d.AnsweredStatus));
    }

    [Fact]
    public async Task The_fault_endpoint_sets_and_clears_faults_over_HTTP()
    {
        using var set = await _http.PostAsync(new Uri(_vendors.Url + "/__faults?kind=ServerError&count=1"), null);
        var (failed, _) = await PostAsync();
        var (ok, _) = await PostAsync();

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal((500, 202), (failed, ok));
        Assert.StartsWith("http://127.0.0.1:", _vendors.Url, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _http.Dispose();
        _vendors.Dispose();
    }
}
