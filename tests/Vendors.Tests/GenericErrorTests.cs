using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace AiPhoneCoverage.Vendors.Tests;

/// <summary>
/// vendor.generic's errors: refusals are Permanent, load and outages Transient, and a webhook that may have reached
/// the vendor Unknown; settings problems never send anything; no secret or resident text in any message.
/// </summary>
public sealed class GenericErrorTests : IDisposable
{
    private const string Secret = "demo-acme-plumbing-secret";
    private readonly VendorEndpointSimulator _vendors = new(0);
    private readonly VendorHarness _harness = new();

    private Dictionary<string, string> Settings(string webhookUrl, string secret = Secret) =>
        VendorHarness.Settings(("webhookUrl", webhookUrl), ("signingSecret", secret), ("statusUrl", _vendors.StatusUrl("acme-plumbing")));

    private Task<Result<DispatchReceipt>> DispatchAsync(Dictionary<string, string>? settings = null, string key = "CA0001:wo1") =>
        _harness.Generic.DispatchAsync(
            new DispatchRequest(VendorHarness.Order(key), "acme-plumbing", 250m, settings ?? Settings(_vendors.WebhookUrl("acme-plumbing"))), CancellationToken.None);

    [Theory]
    [InlineData(400, "invalid_request", ErrorKind.Permanent)]
    [InlineData(401, "bad_signature", ErrorKind.Permanent)]
    [InlineData(403, "bad_signature", ErrorKind.Permanent)]
    [InlineData(404, "not_found", ErrorKind.Permanent)]
    [InlineData(422, "invalid_request", ErrorKind.Permanent)]
    [InlineData(408, "timeout", ErrorKind.Transient)]
    [InlineData(429, "throttled", ErrorKind.Transient)]
    [InlineData(500, "vendor_unavailable", ErrorKind.Transient)]
    [InlineData(503, "vendor_unavailable", ErrorKind.Transient)]
    public async Task Each_refusal_maps_to_its_kind(int status, string code, ErrorKind kind)
    {
        using var stub = WireMockServer.Start();
        stub.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(status).WithBody("""{"error":"no"}"""));

        var receipt = await DispatchAsync(Settings(stub.Url + "/hook"));

        Assert.Equal((code, kind), (receipt.Error?.Code, receipt.Error?.Kind));
        Assert.Contains($"HTTP {status}", receipt.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vendor_holding_another_secret_refuses_the_signature_and_that_is_permanent()
    {
        var receipt = await DispatchAsync(Settings(_vendors.WebhookUrl("acme-plumbing"), "not-the-vendors-secret"));

        Assert.Equal(("bad_signature", ErrorKind.Permanent), (receipt.Error?.Code, receipt.Error?.Kind));
        var delivery = Assert.Single(_vendors.Deliveries);
        Assert.False(delivery.SignatureValid);
        Assert.Empty(_vendors.Jobs);
        Assert.DoesNotContain("not-the-vendors-secret", receipt.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_is_transient_and_takes_no_job()
    {
        _vendors.InjectFault(PmsFault.Of(PmsFaultKind.ServerError));

        var receipt = await DispatchAsync();

        Assert.Equal(("vendor_unavailable", ErrorKind.Transient), (receipt.Error?.Code, receipt.Error?.Kind));
        Assert.Empty(_vendors.Jobs);
    }

    [Fact]
    public async Task Throttling_is_transient_with_the_vendors_retry_after()
    {
        _vendors.InjectFault(PmsFault.Throttled(TimeSpan.FromSeconds(30)));

        var receipt = await DispatchAsync();

        Assert.Equal(("throttled", ErrorKind.Transient, TimeSpan.FromSeconds(30)), (receipt.Error?.Code, receipt.Error?.Kind, receipt.Error?.RetryAfter));
        Assert.Contains("retry after 30 s", receipt.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_reset_after_sending_is_unknown()
    {
        _vendors.InjectFault(PmsFault.Of(PmsFaultKind.ConnectionReset));

        var receipt = await DispatchAsync();

        Assert.Equal(("connection_lost", ErrorKind.Unknown), (receipt.Error?.Code, receipt.Error?.Kind));
    }

    [Fact]
    public async Task A_job_taken_then_dropped_is_unknown_and_the_retry_with_the_same_key_gets_the_same_job()
    {
        _vendors.InjectFault(PmsFault.Of(PmsFaultKind.CreatedThenDropped));

        var first = await DispatchAsync();
        var retry = await DispatchAsync();

        Assert.Equal(("connection_lost", ErrorKind.Unknown), (first.Error?.Code, first.Error?.Kind));
        Assert.Equal(new DispatchReceipt("job-0001", true, "accepted"), retry.Value);
        Assert.Single(_vendors.Jobs);
    }

    [Fact]
    public async Task A_2xx_whose_body_is_not_JSON_is_unknown()
    {
        _vendors.InjectFault(PmsFault.Of(PmsFaultKind.MalformedBody));

        var receipt = await DispatchAsync();

        Assert.Equal(("unexpected_answer", ErrorKind.Unknown), (receipt.Error?.Code, receipt.Error?.Kind));
    }

    [Fact]
    public async Task A_timeout_is_unknown_for_the_webhook_and_transient_for_a_status_read()
    {
        using var impatient = new VendorHarness(timeout: TimeSpan.FromSeconds(3));
        _vendors.InjectFault(PmsFault.Latency(TimeSpan.FromSeconds(8)), 2);

        var receipt = await impatient.Generic.DispatchAsync(
            new DispatchRequest(VendorHarness.Order(), "acme-plumbing", 250m, Settings(_vendors.WebhookUrl("acme-plumbing"))), CancellationToken.None);
        var status = await impatient.Generic.GetStatusAsync("job-0001", Settings(_vendors.WebhookUrl("acme-plumbing")), CancellationToken.None);

        Assert.Equal(("timeout", ErrorKind.Unknown), (receipt.Error?.Code, receipt.Error?.Kind));
        Assert.Equal(("timeout", ErrorKind.Transient), (status.Error?.Code, status.Error?.Kind));
    }

    [Fact]
    public async Task No_connection_at_all_is_transient_nothing_was_sent()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var receipt = await DispatchAsync(Settings($"http://127.0.0.1:{port}/hook"));

        Assert.Equal(("unreachable", ErrorKind.Transient), (receipt.Error?.Code, receipt.Error?.Kind));
    }

    [Fact]
    public async Task An_unknown_job_is_permanent()
    {
        var status = await _harness.Generic.GetStatusAsync("job-0042", Settings(_vendors.WebhookUrl("acme-plumbing")), CancellationToken.None);

        Assert.Equal(("unknown_job", ErrorKind.Permanent), (status.Error?.Code, status.Error?.Kind));
    }

    [Theory]
    [InlineData("webhookUrl", "", "webhookUrl")]
    [InlineData("webhookUrl", "http://vendor.example.com/hook", "webhookUrl")]
    [InlineData("webhookUrl", "ftp://vendor.example.com/hook", "webhookUrl")]
    [InlineData("signingSecret", " ", "signingSecret")]
    [InlineData("statusUrl", "http://vendor.example.com/jobs", "statusUrl")]
    [InlineData("callbackUrl", "not a url", "callbackUrl")]
    public async Task A_bad_setting_is_permanent_names_the_key_and_sends_nothing(string key, string value, string named)
    {
        var settings = Settings(_vendors.WebhookUrl("acme-plumbing"));
        settings[key] = value;

        var receipt = await DispatchAsync(settings);

        Assert.Equal(("bad_settings", ErrorKind.Permanent), (receipt.Error?.Code, receipt.Error?.Kind));
        Assert.Contains($"'{named}'", receipt.Error!.Message, StringComparison.Ordinal);
        Assert.Empty(_vendors.Server.LogEntries);
    }

    [Fact]
    public async Task Without_a_status_url_a_status_read_is_permanent()
    {
        var status = await _harness.Generic.GetStatusAsync(
            "job-0001", VendorHarness.Settings(("webhookUrl", _vendors.WebhookUrl("acme-plumbing")), ("signingSecret", Secret)), CancellationToken.None);

        Assert.Equal(("bad_settings", ErrorKind.Permanent), (status.Error?.Code, status.Error?.Kind));
    }

    [Fact]
    public async Task A_vendor_echoing_the_request_never_puts_the_secret_or_the_residents_details_into_the_message()
    {
        using var stub = WireMockServer.Start();
        stub.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(request => new WireMock.ResponseMessage
        {
            StatusCode = 400,
            BodyData = new WireMock.Util.BodyData
            {
                BodyAsString = System.Text.Json.JsonSerializer.Serialize(new
                {
                    error = "bad request " + request.Body + " secret=" + Secret + " signature=" + string.Join(",", request.Headers!["AiPhoneCoverage-Signature"]),
                }),
                DetectedBodyType = WireMock.Types.BodyType.String,
            },
        }));

        var receipt = await DispatchAsync(Settings(stub.Url + "/hook"));

        var message = receipt.Error!.Message;
        Assert.Equal("invalid_request", receipt.Error.Code);
        Assert.DoesNotContain(Secret, message, StringComparison.Ordinal);
        Assert.Contains("bad request", message, StringComparison.Ordinal);
        Assert.DoesNotContain("12135551245", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Dog in the bedroom", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Kitchen sink drains slowly", message, StringComparison.Ordinal);
        Assert.True(message.Length < 400);
    }

    public void Dispose()
    {
        _harness.Dispose();
        _vendors.Dispose();
    }
}
