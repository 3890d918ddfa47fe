using System.Text;
using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;
using WireMock;

namespace AiPhoneCoverage.Vendors.Tests;

/// <summary>vendor.servicechannel against the ServiceChannel simulator: token, search, create, status, and the token refreshed on 401.</summary>
public sealed class ServiceChannelDispatchTests : IDisposable
{
    private const long Plumber = 2000090505;
    private const long HvacCompany = 2000090506;
    private const long Electrician = 2000090507;
    private readonly ServiceChannelSimulator _serviceChannel = new(0);
    private readonly VendorHarness _harness = new();

    private Dictionary<string, string> Settings(long providerId = Plumber, params (string Key, string Value)[] more)
    {
        var settings = VendorHarness.Settings(
            ("baseUrl", _serviceChannel.Url),
            ("authUrl", _serviceChannel.Url),
            ("clientId", ServiceChannelSimulator.DemoClientId),
            ("clientSecret", ServiceChannelSimulator.DemoClientSecret),
            ("subscriberId", "2014917243"),
            ("providerId", providerId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("locationId:sunset-vista", "2006072"),
            ("locationId:river-bend", "2006071"),
            ("tradeMap:plumbing", "PLUMBING"),
            ("tradeMap:hvac", "HVAC"),
            ("tradeMap:electrical", "ELECTRICAL"),
            ("priorityMap:routine", "P3 - 48 Hours"),
            ("priorityMap:emergency", "P1 - 4 Hours"));
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    private Task<Result<DispatchReceipt>> DispatchAsync(
        long providerId = Plumber, string key = "CA0001:wo1", Category category = Category.Plumbing, string property = "sunset-vista", decimal? nte = 250.00m) =>
        _harness.ServiceChannel.DispatchAsync(
            new DispatchRequest(VendorHarness.Order(key, category, property: property), "vendor", nte, Settings(providerId)), CancellationToken.None);

    private List<IRequestMessage> Requests => _serviceChannel.Server.LogEntries
        .Select(e => e.RequestMessage).Where(r => !r.Path.StartsWith("/__", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task A_dispatch_gets_a_token_searches_by_correlation_key_then_posts_the_work_order()
    {
        var receipt = await DispatchAsync();

        Assert.True(receipt.IsSuccess, receipt.Error?.ToString());
        var order = Assert.Single(_serviceChannel.WorkOrders);
        Assert.Equal(new DispatchReceipt(order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), false, "OPEN"), receipt.Value);
        var (token, search, create) = (Requests[0], Requests[1], Requests[2]);
        Assert.Equal(3, Requests.Count);

        Assert.Equal(("POST", "/oauth/token", "grant_type=client_credentials"), (token.Method, token.Path, token.Body));
        Assert.Equal(
            "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ServiceChannelSimulator.DemoClientId}:{ServiceChannelSimulator.DemoClientSecret}")),
            token.Headers!["Authorization"].Single());
        Assert.StartsWith("application/x-www-form-urlencoded", token.Headers["Content-Type"].Single(), StringComparison.Ordinal);

        Assert.Equal(("GET", "/v3/odata/workorders"), (search.Method, search.Path));
        Assert.Equal(
            "Location/Id eq 2006072 and Provider/Id eq 2000090505 and CallDate ge 2026-11-24T18:15:00Z and contains(Description,'[AiPhoneCoverage ref CA0001:wo1]')",
            search.Query!["$filter"].Single());
        Assert.Matches("^Bearer [0-9a-f]{48}$", search.Headers!["Authorization"].Single());

        Assert.Equal(("POST", "/v3/workorders"), (create.Method, create.Path));
        Assert.Equal(search.Headers["Authorization"].Single(), create.Headers!["Authorization"].Single());
        var body = VendorHarness.Json(create.Body);
        Assert.Equal(["ContractInfo", "Category", "Priority", "Nte", "CallDate", "Description", "Caller", "Status"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            """{"SubscriberId":2014917243,"LocationId":2006072,"TradeName":"PLUMBING","ProviderId":2000090505}""",
            body.GetProperty("ContractInfo").GetRawText());
        Assert.Equal(
            ("MAINTENANCE", "P3 - 48 Hours", "250.00", "2026-11-25T18:15:00Z", """{"Primary":"OPEN"}"""),
            (body.GetProperty("Category").GetString(), body.GetProperty("Priority").GetString(), body.GetProperty("Nte").GetRawText(),
             body.GetProperty("CallDate").GetString(), body.GetProperty("Status").GetRawText()));
        Assert.Equal(
            "Kitchen sink drains slowly\n\nCaller says the kitchen sink has drained slowly for a week; no leak.\nUnit 4B. Permission to enter: yes.\nAccess: Dog in the bedroom\n\n[AiPhoneCoverage ref CA0001:wo1]",
            body.GetProperty("Description").GetString());
        Assert.Equal("Resident of unit 4B, call back +12135551245 (by phone to AiPhoneCoverage, 2026-11-25 10:15 -08:00)", body.GetProperty("Caller").GetString());

        Assert.Equal((250.00m, "PLUMBING", "P3 - 48 Hours", 2006072L, Plumber), (order.Nte, order.Trade, order.Priority, order.LocationId, order.ProviderId));
    }

    [Fact]
    public async Task The_token_is_kept_across_dispatches_and_status_reads()
    {
        var first = await DispatchAsync(key: "CA0001:wo1");
        var second = await DispatchAsync(key: "CA0002:wo1");
        var status = await _harness.ServiceChannel.GetStatusAsync(first.Value!.ExternalId, Settings(), CancellationToken.None);

        Assert.True(second.IsSuccess && status.IsSuccess);
        Assert.Equal(1, _serviceChannel.TokensIssued);
        Assert.Single(Requests, r => r.Path == "/oauth/token");
    }

    [Fact]
    public async Task An_expired_token_gets_401_then_a_new_token_and_the_same_request_once_more()
    {
        var created = await DispatchAsync();
        _serviceChannel.ExpireTokens();

        var status = await _harness.ServiceChannel.GetStatusAsync(created.Value!.ExternalId, Settings(), CancellationToken.None);

        Assert.True(status.IsSuccess, status.Error?.ToString());
        Assert.Equal(2, _serviceChannel.TokensIssued);
        var reads = _serviceChannel.Server.LogEntries.Where(e => e.RequestMessage.Path == "/v3/workorders/" + created.Value.ExternalId).ToList();
        Assert.Equal([401, 200], reads.Select(e => (int)e.ResponseMessage.StatusCode!));
        Assert.NotEqual(reads[0].RequestMessage.Headers!["Authorization"].Single(), reads[1].RequestMessage.Headers!["Authorization"].Single());
        Assert.Equal(["/oauth/token", "/v3/odata/workorders", "/v3/workorders", "/v3/workorders/" + created.Value.ExternalId, "/oauth/token", "/v3/workorders/" + created.Value.ExternalId], Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task A_provider_that_confirms_declines_or_starts_work_shows_in_the_status()
    {
        var confirmed = await DispatchAsync(Plumber, "CA0001:wo1");
        var declined = await DispatchAsync(Electrician, "CA0002:wo1", Category.Electrical);
        var silent = await DispatchAsync(HvacCompany, "CA0003:wo1", Category.Hvac);

        async Task<DispatchReceipt?> StatusAsync(Result<DispatchReceipt> dispatched, long provider) =>
            (await _harness.ServiceChannel.GetStatusAsync(dispatched.Value!.ExternalId, Settings(provider), CancellationToken.None)).Value;

        Assert.Equal((true, "OPEN/DISPATCH CONFIRMED"), (await StatusAsync(confirmed, Plumber))?.Let(r => (r.Accepted, r.Status)));
        Assert.Equal((false, "OPEN/DECLINED"), (await StatusAsync(declined, Electrician))?.Let(r => (r.Accepted, r.Status)));
        Assert.Equal((false, "OPEN"), (await StatusAsync(silent, HvacCompany))?.Let(r => (r.Accepted, r.Status)));
        _serviceChannel.SetStatus(long.Parse(silent.Value!.ExternalId, System.Globalization.CultureInfo.InvariantCulture), "IN PROGRESS");
        Assert.Equal((true, "IN PROGRESS"), (await StatusAsync(silent, HvacCompany))?.Let(r => (r.Accepted, r.Status)));
    }

    [Fact]
    public async Task A_work_order_found_by_its_correlation_key_is_not_created_again()
    {
        var first = await DispatchAsync();
        var again = await DispatchAsync();
        var otherProvider = await DispatchAsync(HvacCompany, category: Category.Hvac);

        Assert.Equal(first.Value!.ExternalId, again.Value?.ExternalId);
        Assert.NotEqual(first.Value.ExternalId, otherProvider.Value?.ExternalId);
        Assert.Equal(2, _serviceChannel.WorkOrders.Count);
        Assert.Equal(2, Requests.Count(r => r.Method == "POST" && r.Path == "/v3/workorders"));
    }

    [Fact]
    public async Task An_unknown_work_order_is_permanent()
    {
        var status = await _harness.ServiceChannel.GetStatusAsync("123", Settings(), CancellationToken.None);
        var notANumber = await _harness.ServiceChannel.GetStatusAsync("WO-1", Settings(), CancellationToken.None);

        Assert.Equal(("unknown_work_order", ErrorKind.Permanent), (status.Error?.Code, status.Error?.Kind));
        Assert.Equal(("unknown_work_order", ErrorKind.Permanent), (notANumber.Error?.Code, notANumber.Error?.Kind));
    }

    public void Dispose()
    {
        _harness.Dispose();
        _serviceChannel.Dispose();
    }
}

internal static class Functional
{
    public static TResult Let<T, TResult>(this T value, Func<T, TResult> map) => map(value);
}
