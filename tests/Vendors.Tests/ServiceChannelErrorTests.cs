using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace AiPhoneCoverage.Vendors.Tests;

/// <summary>
/// vendor.servicechannel's errors: 400 for the location's trades and priorities, refused credentials and a token
/// refused twice are Permanent; outages and throttling Transient; a create that may have happened Unknown and found by
/// the next dispatch; a token request never Unknown; no secret, token or resident text in any message.
/// </summary>
public sealed class ServiceChannelErrorTests : IDisposable
{
    private readonly ServiceChannelSimulator _serviceChannel = new(0);
    private readonly VendorHarness _harness = new();
    private readonly VendorHarness _impatient = new(timeout: TimeSpan.FromSeconds(3));

    private Dictionary<string, string> Settings(string? url = null, params (string Key, string Value)[] more)
    {
        var settings = VendorHarness.Settings(
            ("baseUrl", url ?? _serviceChannel.Url),
            ("authUrl", url ?? _serviceChannel.Url),
            ("clientId", ServiceChannelSimulator.DemoClientId),
            ("clientSecret", ServiceChannelSimulator.DemoClientSecret),
            ("providerId", "2000090506"),
            ("locationId", "2006072"),
            ("trade", "HVAC"),
            ("priority", "P2 - 8 Hours"));
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    private Task<Result<DispatchReceipt>> DispatchAsync(Dictionary<string, string>? settings = null, string key = "CA0001:wo1", string property = "sunset-vista") =>
        _harness.ServiceChannel.DispatchAsync(
            new DispatchRequest(VendorHarness.Order(key, Category.Hvac, Urgency.Urgent, property), "cool-air", 400m, settings ?? Settings()), CancellationToken.None);

    // Gets a token and runs a search, so that the next request a dispatch makes after its search is its POST.
    private async Task WarmAsync() => Assert.True((await DispatchAsync(key: "CA0000:warm")).IsSuccess);

    [Fact]
    public async Task A_trade_the_location_does_not_offer_is_a_permanent_unknown_trade()
    {
        var receipt = await DispatchAsync(Settings(more: ("locationId", "2006071")));

        Assert.Equal(("unknown_trade", ErrorKind.Permanent), (receipt.Error?.Code, receipt.Error?.Kind));
        Assert.Contains("Trade 'HVAC' is not available for location 2006071. (ContractInfo.TradeName)", receipt.Error!.Message, StringComparison.Ordinal);
        Assert.Empty(_serviceChannel.WorkOrders);
    }

    [Fact]
    public async Task A_priority_the_location_does_not_know_is_a_permanent_unknown_priority()
    {
        var receipt = await DispatchAsync(Settings(more: ("priority", "Whenever")));

        Assert.Equal(("unknown_priority", ErrorKind.Permanent), (receipt.Error?.Code, receipt.Error?.Kind));
        Assert.Empty(_serviceChannel.WorkOrders);
    }

    [Theory]
    [InlineData("trade", "unknown_trade")]
    [InlineData("priority", "unknown_priority")]
    [InlineData("locationId", "bad_settings")]
    [InlineData("providerId", "bad_settings")]
    [InlineData("clientSecret", "bad_settings")]
    [InlineData("authUrl", "bad_settings")]
    public async Task A_missing_setting_or_mapping_is_permanent_before_anything_is_sent(string key, string code)
    {
        var settings = Settings();
        settings.Remove(key);

        var receipt = await DispatchAsync(settings);

        Assert.Equal((code, ErrorKind.Permanent), (receipt.Error?.Code, receipt.Error?.Kind));
        Assert.Empty(_serviceChannel.Server.LogEntries);
    }

    [Fact]
    public async Task A_wrong_client_secret_is_permanent_bad_credentials_and_reaches_no_api()
    {
        var receipt = await DispatchAsync(Settings(more: ("clientSecret", "not-the-secret")));

        Assert.Equal(("bad_credentials", ErrorKind.Permanent), (receipt.Error?.Code, receipt.Error?.Kind));
        Assert.Contains("invalid_client", receipt.Error!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret", receipt.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_serviceChannel.Server.LogEntries, e => e.RequestMessage.Path.StartsWith("/v3/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_fresh_token_refused_again_is_permanent_after_exactly_one_refresh()
    {
        using var stub = WireMockServer.Start();
        stub.Given(Request.Create().WithPath("/oauth/token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"access_token":"tok-tok-tok","token_type":"bearer","expires_in":600}"""));
        stub.Given(Request.Create().WithPath("/v3/*").UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"error":"invalid_token","error_description":"tok-tok-tok is revoked"}"""));

        var receipt = await DispatchAsync(Settings(stub.Url));

        Assert.Equal(("bad_credentials", ErrorKind.Permanent), (receipt.Error?.Code, receipt.Error?.Kind));
        Assert.Equal(["/oauth/token", "/v3/odata/workorders", "/oauth/token", "/v3/odata/workorders"], stub.LogEntries.Select(e => e.RequestMessage.Path));
        Assert.DoesNotContain("tok-tok-tok", receipt.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_follows_odata_nextLink_on_the_configured_host()
    {
        using var stub = WireMockServer.Start();
        stub.Given(Request.Create().WithPath("/oauth/token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"access_token":"t1","expires_in":600}"""));
        stub.Given(Request.Create().WithPath("/v3/odata/workorders").WithParam("$skip", "50").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(
                """{"value":[{"Id":77,"Description":"Leak\n\n[AiPhoneCoverage ref CA0001:wo1]","Status":{"Primary":"OPEN","Extended":"DISPATCH CONFIRMED"},"Provider":{"Id":2000090506}}]}"""));
        stub.Given(Request.Create().WithPath("/v3/odata/workorders").UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(
                """{"value":[{"Id":76,"Description":"[AiPhoneCoverage ref CA0001:wo10]"}],"@odata.nextLink":"http://elsewhere.example.com/v3/odata/workorders?$filter=x%20eq%201&$skip=50"}"""));

        var receipt = await DispatchAsync(Settings(stub.Url));

        Assert.Equal(new DispatchReceipt("77", true, "OPEN/DISPATCH CONFIRMED"), receipt.Value);
        var second = stub.LogEntries.ToList()[^1].RequestMessage;
        Assert.Equal(("/v3/odata/workorders", "x eq 1", "50"), (second.Path, second.Query!["$filter"].Single(), second.Query["$skip"].Single()));
        Assert.StartsWith(stub.Url!, second.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(stub.LogEntries, e => e.RequestMessage.Method == "POST" && e.RequestMessage.Path == "/v3/workorders");
    }

    [Fact]
    public async Task A_server_error_on_the_search_is_transient_and_creates_nothing()
    {
        _serviceChannel.InjectFault(PmsFault.Of(PmsFaultKind.ServerError));

        var receipt = await DispatchAsync();

        Assert.Equal(("vendor_unavailable", ErrorKind.Transient), (receipt.Error?.Code, receipt.Error?.Kind));
        Assert.Empty(_serviceChannel.WorkOrders);
    }

    [Fact]
    public async Task Throttling_is_transient_with_the_retry_after()
    {
        await WarmAsync();
        _serviceChannel.InjectCreateFault(PmsFault.Throttled(TimeSpan.FromSeconds(20)));

        var receipt = await DispatchAsync();

        Assert.Equal(("throttled", ErrorKind.Transient, TimeSpan.FromSeconds(20)), (receipt.Error?.Code, receipt.Error?.Kind, receipt.Error?.RetryAfter));
    }

    [Fact]
    public async Task A_create_dropped_after_it_happened_is_unknown_and_the_next_dispatch_finds_it()
    {
        await WarmAsync();
        _serviceChannel.InjectCreateFault(PmsFault.Of(PmsFaultKind.CreatedThenDropped));

        var first = await DispatchAsync();
        var retry = await DispatchAsync();

        Assert.Equal(("connection_lost", ErrorKind.Unknown), (first.Error?.Code, first.Error?.Kind));
        var order = _serviceChannel.WorkOrders.Single(o => o.Description.EndsWith("[AiPhoneCoverage ref CA0001:wo1]", StringComparison.Ordinal));
        Assert.Equal(order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), retry.Value?.ExternalId);
        Assert.Equal(2, _serviceChannel.WorkOrders.Count);
    }

    [Fact]
    public async Task A_create_answered_without_an_id_is_unknown_and_the_next_dispatch_finds_it()
    {
        await WarmAsync();
        _serviceChannel.InjectCreateFault(PmsFault.Of(PmsFaultKind.NoIdReturned));

        var first = await DispatchAsync();
        var retry = await DispatchAsync();

        Assert.Equal(("no_id", ErrorKind.Unknown), (first.Error?.Code, first.Error?.Kind));
        Assert.Equal(_serviceChannel.WorkOrders[^1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), retry.Value?.ExternalId);
    }

    [Theory]
    [InlineData(PmsFaultKind.ConnectionReset, "connection_lost")]
    [InlineData(PmsFaultKind.MalformedBody, "unexpected_answer")]
    public async Task A_create_without_a_readable_answer_is_unknown(PmsFaultKind kind, string code)
    {
        await WarmAsync();
        _serviceChannel.InjectCreateFault(PmsFault.Of(kind));

        var receipt = await DispatchAsync();

        Assert.Equal((code, ErrorKind.Unknown), (receipt.Error?.Code, receipt.Error?.Kind));
    }

    [Fact]
    public async Task A_timeout_is_unknown_for_the_create_and_transient_for_a_read()
    {
        await WarmAsync();
        _serviceChannel.InjectCreateFault(PmsFault.Latency(TimeSpan.FromSeconds(8)));
        var created = await _impatient.ServiceChannel.DispatchAsync(
            new DispatchRequest(VendorHarness.Order("CA0001:wo1", Category.Hvac, Urgency.Urgent), "cool-air", 400m, Settings()), CancellationToken.None);
        _serviceChannel.InjectFault(PmsFault.Latency(TimeSpan.FromSeconds(8)));
        var read = await _impatient.ServiceChannel.GetStatusAsync(_serviceChannel.WorkOrders[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Settings(), CancellationToken.None);

        Assert.Equal(("timeout", ErrorKind.Unknown), (created.Error?.Code, created.Error?.Kind));
        Assert.Equal(("timeout", ErrorKind.Transient), (read.Error?.Code, read.Error?.Kind));
    }

    [Theory]
    [InlineData(PmsFaultKind.ServerError, "vendor_unavailable")]
    [InlineData(PmsFaultKind.ConnectionReset, "connection_lost")]
    [InlineData(PmsFaultKind.MalformedBody, "malformed_answer")]
    [InlineData(PmsFaultKind.Latency, "timeout")]
    public async Task A_failed_token_request_is_transient_never_unknown(PmsFaultKind kind, string code)
    {
        _serviceChannel.InjectTokenFault(new PmsFault(kind, kind == PmsFaultKind.Latency ? TimeSpan.FromSeconds(8) : TimeSpan.Zero));

        var receipt = await _impatient.ServiceChannel.DispatchAsync(
            new DispatchRequest(VendorHarness.Order("CA0001:wo1", Category.Hvac, Urgency.Urgent), "cool-air", 400m, Settings()), CancellationToken.None);

        Assert.Equal((code, ErrorKind.Transient), (receipt.Error?.Code, receipt.Error?.Kind));
        Assert.Empty(_serviceChannel.WorkOrders);
    }

    [Fact]
    public async Task Messages_never_carry_the_secret_the_token_or_the_residents_details()
    {
        using var stub = WireMockServer.Start();
        stub.Given(Request.Create().WithPath("/oauth/token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"access_token":"secret-token-value","expires_in":600}"""));
        stub.Given(Request.Create().WithPath("/v3/odata/workorders").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"value":[]}"""));
        stub.Given(Request.Create().WithPath("/v3/workorders").UsingPost()).RespondWith(Response.Create().WithCallback(request => new WireMock.ResponseMessage
        {
            StatusCode = 400,
            BodyData = new WireMock.Util.BodyData
            {
                BodyAsString = System.Text.Json.JsonSerializer.Serialize(new
                {
                    Message = "The request is invalid. " + request.Headers!["Authorization"].Single() + " " + ServiceChannelSimulator.DemoClientSecret,
                    ModelState = new Dictionary<string, string[]> { ["request.Description"] = ["Too long: " + request.Body] },
                }),
                DetectedBodyType = WireMock.Types.BodyType.String,
            },
        }));

        var receipt = await DispatchAsync(Settings(stub.Url));

        var message = receipt.Error!.Message;
        Assert.Equal(("invalid_request", ErrorKind.Permanent), (receipt.Error.Code, receipt.Error.Kind));
        Assert.Contains("The request is invalid.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-value", message, StringComparison.Ordinal);
        Assert.DoesNotContain(ServiceChannelSimulator.DemoClientSecret, message, StringComparison.Ordinal);
        Assert.DoesNotContain("12135551245", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Dog in the bedroom", message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _impatient.Dispose();
        _harness.Dispose();
        _serviceChannel.Dispose();
    }
}
