using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;
using Microsoft.Extensions.Time.Testing;

namespace AiPhoneCoverage.Vendors.Tests;

/// <summary>vendor.generic against the vendor endpoint simulator: the exact webhook, the vendor's answers, status reads.</summary>
public sealed class GenericDispatchTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 18, 15, 30, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly VendorEndpointSimulator _vendors;
    private readonly VendorHarness _harness;

    public GenericDispatchTests()
    {
        _vendors = new VendorEndpointSimulator(0, time: _clock);
        _harness = new VendorHarness(_clock);
    }

    private Dictionary<string, string> Settings(string code, params (string Key, string Value)[] more)
    {
        var settings = VendorHarness.Settings(
            ("webhookUrl", _vendors.WebhookUrl(code)),
            ("signingSecret", _vendors.Vendors.Single(v => v.Code == code).Secret),
            ("statusUrl", _vendors.StatusUrl(code)));
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    private Task<Result<DispatchReceipt>> DispatchAsync(string code, decimal? nte = 250.00m, string key = "CA0001:wo1", params (string Key, string Value)[] more) =>
        _harness.Generic.DispatchAsync(new DispatchRequest(VendorHarness.Order(key), code, nte, Settings(code, more)), CancellationToken.None);

    private static string Hmac(string secret, string text) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task The_webhook_is_the_work_order_as_JSON_signed_t_dot_body_with_the_correlation_key_as_idempotency_key()
    {
        var receipt = await DispatchAsync("acme-plumbing", more: ("callbackUrl", "https://hub.example.com/api/v1/vendors/acme-plumbing/callback"));

        Assert.True(receipt.IsSuccess, receipt.Error?.ToString());
        Assert.Equal(new DispatchReceipt("job-0001", true, "accepted"), receipt.Value);
        var delivery = Assert.Single(_vendors.Deliveries);
        var t = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        Assert.Equal($"t={t},v1={Hmac("demo-acme-plumbing-secret", t + "." + delivery.Body)}", delivery.Signature);
        Assert.Matches("^t=[0-9]+,v1=[0-9a-f]{64}$", delivery.Signature);
        Assert.True(delivery.SignatureValid);
        Assert.Equal("CA0001:wo1", delivery.IdempotencyKey);
        var request = Assert.Single(_vendors.Server.LogEntries, e => e.RequestMessage.Path.StartsWith("/vendors/", StringComparison.Ordinal)).RequestMessage;
        Assert.Equal("POST", request.Method);
        Assert.StartsWith("application/json", request.Headers!["Content-Type"].Single(), StringComparison.Ordinal);

        var body = VendorHarness.Json(delivery.Body);
        Assert.Equal(
            ["event", "correlationKey", "vendorCode", "propertyCode", "unitCode", "category", "urgency", "summary", "description", "permissionToEnter", "accessNotes", "contactPhone", "reportedAt", "notToExceed", "callbackUrl"],
            body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ("work_order.dispatch", "CA0001:wo1", "acme-plumbing", "sunset-vista", "4B", "plumbing", "routine", "granted"),
            (body.GetProperty("event").GetString(), body.GetProperty("correlationKey").GetString(), body.GetProperty("vendorCode").GetString(),
             body.GetProperty("propertyCode").GetString(), body.GetProperty("unitCode").GetString(), body.GetProperty("category").GetString(),
             body.GetProperty("urgency").GetString(), body.GetProperty("permissionToEnter").GetString()));
        Assert.Equal(
            ("Kitchen sink drains slowly", "Dog in the bedroom", "+12135551245", "2026-11-25T10:15:00-08:00", "https://hub.example.com/api/v1/vendors/acme-plumbing/callback"),
            (body.GetProperty("summary").GetString(), body.GetProperty("accessNotes").GetString(), body.GetProperty("contactPhone").GetString(),
             body.GetProperty("reportedAt").GetString(), body.GetProperty("callbackUrl").GetString()));
        Assert.Equal("250.00", body.GetProperty("notToExceed").GetRawText());
        Assert.Equal(250.00m, Assert.Single(_vendors.Jobs).NotToExceed);
    }

    [Fact]
    public async Task Without_a_not_to_exceed_amount_or_callback_the_fields_are_left_out()
    {
        var receipt = await DispatchAsync("acme-plumbing", nte: null);

        Assert.True(receipt.IsSuccess);
        var body = VendorHarness.Json(Assert.Single(_vendors.Deliveries).Body);
        Assert.False(body.TryGetProperty("notToExceed", out _));
        Assert.False(body.TryGetProperty("callbackUrl", out _));
        Assert.Null(Assert.Single(_vendors.Jobs).NotToExceed);
    }

    [Fact]
    public async Task A_409_is_a_decline_a_receipt_that_is_not_accepted()
    {
        var receipt = await DispatchAsync("volt-electric");

        Assert.Equal(new DispatchReceipt("job-0001", false, "declined"), receipt.Value);
        Assert.Equal(409, Assert.Single(_vendors.Deliveries).AnsweredStatus);
    }

    [Fact]
    public async Task A_vendor_that_decides_later_is_pending_and_its_decision_is_read_by_a_signed_status_request()
    {
        var receipt = await DispatchAsync("fixit-handyman");
        var before = await _harness.Generic.GetStatusAsync(receipt.Value!.ExternalId, Settings("fixit-handyman"), CancellationToken.None);
        _vendors.SetJobStatus("job-0001", "accepted");
        var after = await _harness.Generic.GetStatusAsync("job-0001", Settings("fixit-handyman"), CancellationToken.None);
        _vendors.SetJobStatus("job-0001", "declined");
        var declined = await _harness.Generic.GetStatusAsync("job-0001", Settings("fixit-handyman"), CancellationToken.None);

        Assert.Equal(new DispatchReceipt("job-0001", false, "pending"), receipt.Value);
        Assert.Equal(new DispatchReceipt("job-0001", false, "pending"), before.Value);
        Assert.Equal(new DispatchReceipt("job-0001", true, "accepted"), after.Value);
        Assert.Equal(new DispatchReceipt("job-0001", false, "declined"), declined.Value);
        var get = _vendors.Server.LogEntries.First(e => e.RequestMessage.Method == "GET").RequestMessage;
        Assert.Equal("/vendors/fixit-handyman/jobs/job-0001", get.Path);
        var t = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        Assert.Equal($"t={t},v1={Hmac("demo-fixit-handyman-secret", t + ".")}", get.Headers!["AiPhoneCoverage-Signature"].Single());
    }

    [Fact]
    public async Task A_vendor_answering_without_an_id_knows_the_job_by_the_correlation_key()
    {
        _vendors.InjectFault(PmsFault.Of(PmsFaultKind.NoIdReturned));

        var receipt = await DispatchAsync("fixit-handyman", key: "CA0009:wo3");
        var status = await _harness.Generic.GetStatusAsync(receipt.Value!.ExternalId, Settings("fixit-handyman"), CancellationToken.None);

        Assert.Equal(new DispatchReceipt("CA0009:wo3", false, "pending"), receipt.Value);
        Assert.Equal(new DispatchReceipt("job-0001", false, "pending"), status.Value);
    }

    [Fact]
    public async Task During_a_rotation_the_header_carries_a_signature_under_each_secret_and_a_vendor_with_the_old_one_accepts()
    {
        var settings = Settings("acme-plumbing");
        settings["previousSigningSecret"] = settings["signingSecret"];
        settings["signingSecret"] = "the-new-secret-not-yet-at-the-vendor";

        var receipt = await _harness.Generic.DispatchAsync(new DispatchRequest(VendorHarness.Order(), "acme-plumbing", 100m, settings), CancellationToken.None);

        Assert.True(receipt.Value?.Accepted, receipt.Error?.ToString());
        var delivery = Assert.Single(_vendors.Deliveries);
        var t = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        Assert.Equal(
            $"t={t},v1={Hmac("the-new-secret-not-yet-at-the-vendor", t + "." + delivery.Body)},v1={Hmac("demo-acme-plumbing-secret", t + "." + delivery.Body)}",
            delivery.Signature);
    }

    [Fact]
    public async Task A_repeated_dispatch_carries_the_same_key_and_gets_the_first_answer_without_a_second_job()
    {
        var first = await DispatchAsync("acme-plumbing");
        _vendors.SetReply("acme-plumbing", VendorReply.Decline);
        var again = await DispatchAsync("acme-plumbing");

        Assert.Equal(first.Value, again.Value);
        Assert.Single(_vendors.Jobs);
        Assert.Equal(["CA0001:wo1", "CA0001:wo1"], _vendors.Deliveries.Select(d => d.IdempotencyKey));
    }

    [Fact]
    public async Task A_signature_stamped_outside_the_vendors_window_is_refused_as_permanent()
    {
        var stale = new FakeTimeProvider(Now - TimeSpan.FromMinutes(6));
        using var staleHarness = new VendorHarness(stale);

        var receipt = await staleHarness.Generic.DispatchAsync(new DispatchRequest(VendorHarness.Order(), "acme-plumbing", 1m, Settings("acme-plumbing")), CancellationToken.None);

        Assert.Equal(("bad_signature", ErrorKind.Permanent), (receipt.Error?.Code, receipt.Error?.Kind));
        Assert.Contains("outside the 300 s tolerance", Assert.Single(_vendors.Deliveries).Rejection, StringComparison.Ordinal);
        Assert.Empty(_vendors.Jobs);
    }

    public void Dispose()
    {
        _harness.Dispose();
        _vendors.Dispose();
    }
}
