using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace AiPhoneCoverage.Simulators.Tests;

/// <summary>The simulated RPX gateway over raw HTTP: dispatch, auth, the seed, Facilities, the ledger, error shapes and faults.</summary>
public sealed class RealPageSimulatorTests : IDisposable
{
    private const string Site = "3314559";
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Tem = "http://tempuri.org/";
    private static readonly SimulatorSeed Seed = SimulatorSeed.Load(Path.Combine(FindRoot(), "samples", "demo", "portfolio.json"));
    private readonly RealPageSimulator _rpx = new(0, Seed);
    private readonly HttpClient _http = new();

    [Fact]
    public async Task Getsitelist_answers_the_demo_site_inside_the_WCF_wrappers()
    {
        var (status, body) = await CallAsync("getsitelist");

        Assert.Equal(200, status);
        var result = body.Root!.Element(Soap + "Body")!.Element(Tem + "getsitelistResponse")!.Element(Tem + "getsitelistResult")!;
        var site = result.Element(Tem + "SiteList")!.Element(Tem + "Site")!;
        Assert.Equal((Site, "River Bend Apartments"), (site.Element(Tem + "SiteID")!.Value, site.Element(Tem + "SiteName")!.Value));
    }

    [Fact]
    public async Task Unitlist_has_every_residents_unit_and_the_vacant_gap_on_a_floor()
    {
        var (_, body) = await CallAsync("unitlist", new XElement(Tem + "getunitlist", new XElement(Tem + "ExtensionData")));

        var units = body.Descendants(Tem + "Unit").ToList();
        Assert.Equal(40, units.Count);
        Assert.Equal(["202"], units.Where(u => u.Element(Tem + "Vacant")!.Value == "T").Select(u => u.Element(Tem + "UnitNumber")!.Value));
    }

    [Fact]
    public async Task Residents_can_be_added_and_moved_out_at_run_time()
    {
        _rpx.AddResident(Site, new SeedResident("880999", "Nadia", "Okoro", "202", "(512) 555-1999", null, null));
        Assert.True(_rpx.RemoveResident(Site, "880100"));
        Assert.False(_rpx.RemoveResident(Site, "880100"));

        var current = await ResidentsAsync("C");
        var former = await ResidentsAsync("F");

        Assert.Equal(40, current.Count);
        Assert.Contains(current, r => r.Element(Tem + "residentmemberid")!.Value == "880999" && r.Element(Tem + "cellphone")!.Value == "(512) 555-1999");
        var moved = Assert.Single(former);
        Assert.Equal(("880100", "Former"), (moved.Element(Tem + "residentmemberid")!.Value, moved.Element(Tem + "leasestatus")!.Value));
        Assert.NotEqual(string.Empty, moved.Element(Tem + "moveoutdate")!.Value);
    }

    [Fact]
    public async Task The_Facilities_lists_are_the_customers()
    {
        var (_, problems) = await CallAsync("getproblems");
        var (_, priorities) = await CallAsync("getservicerequestpriorities");
        var (_, locations) = await CallAsync("getlocations");

        Assert.Equal(RealPageVocabulary.Demo.Problems.Select(p => p.Id), problems.Descendants(Tem + "problemid").Select(e => e.Value));
        Assert.Equal(RealPageVocabulary.Demo.Priorities.Select(p => p.Description), priorities.Descendants(Tem + "description").Select(e => e.Value));
        Assert.Equal(6, locations.Descendants(Tem + "location").Count());
    }

    [Fact]
    public async Task AddServiceRequest_answers_success_without_an_id_and_the_ledger_shows_the_request()
    {
        var (status, body) = await CallAsync("AddServiceRequest", ServiceRequest("90001"));

        Assert.Equal(200, status);
        var result = body.Descendants(Tem + "AddServiceRequestResult").Single();
        Assert.Equal(["Success"], result.Elements().Select(e => e.Name.LocalName));
        var created = Assert.Single(_rpx.WorkOrders);
        Assert.Equal(("101", "301", "Open"), (created.UnitNumber, created.Problem.Id, created.Status));

        using var ledger = JsonDocument.Parse(await _http.GetStringAsync(new Uri(_rpx.Url + "/__ledger/work-orders")));
        Assert.Equal(created.ServiceRequestId, ledger.RootElement[0].GetProperty("serviceRequestId").GetInt32());
        Assert.Equal("[aipc:k1] Sink leaking", ledger.RootElement[0].GetProperty("serviceDetails").GetString());
    }

    [Fact]
    public async Task With_the_option_AddServiceRequest_answers_the_new_id()
    {
        using var rpx = new RealPageSimulator(0, Seed, RealPageSimulatorOptions.Demo with { ReturnServiceRequestId = true });

        var (_, body) = await CallAsync("AddServiceRequest", ServiceRequest("90001"), simulator: rpx);

        Assert.Equal(rpx.WorkOrders.Single().ServiceRequestId.ToString(System.Globalization.CultureInfo.InvariantCulture), body.Descendants(Tem + "ServiceRequestId").Single().Value);
    }

    [Fact]
    public async Task UpdateServiceRequest_changes_the_status_and_the_list_filters_by_status_and_id()
    {
        await CallAsync("AddServiceRequest", ServiceRequest("90001"));
        await CallAsync("AddServiceRequest", ServiceRequest("90002"));
        var id = _rpx.WorkOrders[0].ServiceRequestId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (status, _) = await CallAsync("UpdateServiceRequest", new XElement(Tem + "servicerequest",
            new XElement(Tem + "servicerequestid", id), new XElement(Tem + "status", "Complete"), new XElement(Tem + "completionnotes", "Replaced trap")));
        var (_, complete) = await CallAsync("getservicerequests", new XElement(Tem + "getservicerequests", new XElement(Tem + "status", "Complete")));
        var (_, byId) = await CallAsync("getservicerequests", new XElement(Tem + "getservicerequests", new XElement(Tem + "servicerequestid", id)));
        var (_, all) = await CallAsync("getservicerequests", new XElement(Tem + "getservicerequests"));

        Assert.Equal(200, status);
        Assert.Equal(("Complete", "Replaced trap"), (_rpx.WorkOrders[0].Status, _rpx.WorkOrders[0].CompletionNotes));
        Assert.Equal([id], complete.Descendants(Tem + "servicerequestid").Select(e => e.Value));
        Assert.Equal([id], byId.Descendants(Tem + "servicerequestid").Select(e => e.Value));
        Assert.Equal(2, all.Descendants(Tem + "servicerequest").Count());
    }

    [Fact]
    public async Task An_unknown_unit_is_a_fault_or_an_in_body_error_as_configured()
    {
        using var inBody = new RealPageSimulator(0, Seed, RealPageSimulatorOptions.Demo with { ValidationErrors = RpxValidationErrorShape.InBody });

        var (faultStatus, fault) = await CallAsync("AddServiceRequest", ServiceRequest("12345"));
        var (bodyStatus, body) = await CallAsync("AddServiceRequest", ServiceRequest("12345"), simulator: inBody);

        Assert.Equal(500, faultStatus);
        Assert.Equal("Unit ID '12345' was not found for site '3314559'.", fault.Descendants("faultstring").Single().Value);
        Assert.Equal(200, bodyStatus);
        Assert.Equal(("false", "InvalidUnit"), (body.Descendants(Tem + "Success").Single().Value, body.Descendants(Tem + "ErrorCode").Single().Value));
        Assert.Empty(_rpx.WorkOrders);
        Assert.Empty(inBody.WorkOrders);
    }

    [Theory]
    [InlineData("1001", "wrong-key", "Invalid license key.")]
    [InlineData("9999", "demo-license-key", "The PMC ID and site ID do not match the license.")]
    public async Task A_bad_licence_is_an_HTTP_500_soap_fault(string pmcId, string licenseKey, string faultString)
    {
        var (status, body) = await CallAsync("unitlist", auth: Auth(pmcId, Site, licenseKey));

        Assert.Equal(500, status);
        var fault = body.Root!.Element(Soap + "Body")!.Element(Soap + "Fault")!;
        Assert.Equal(("s:Client", faultString), (fault.Element("faultcode")!.Value, fault.Element("faultstring")!.Value));
    }

    [Fact]
    public async Task A_registered_vendor_licence_needs_username_and_password()
    {
        using var vendor = new RealPageSimulator(0, Seed, RealPageSimulatorOptions.Demo with { VendorUserName = "v", VendorPassword = "p" });

        var (without, _) = await CallAsync("unitlist", simulator: vendor);
        var (with, _) = await CallAsync("unitlist", simulator: vendor, auth: Auth("1001", Site, "demo-license-key", ("v", "p")));

        Assert.Equal((500, 200), (without, with));
    }

    [Fact]
    public async Task An_operation_outside_the_licence_and_an_unknown_action_are_faults()
    {
        using var narrow = new RealPageSimulator(0, Seed, RealPageSimulatorOptions.Demo with { AuthorizedOperations = new HashSet<string>(["unitlist"]) });

        var (_, refused) = await CallAsync("getresidentlistinfo", simulator: narrow);
        var (status, unknown) = await CallAsync("getworkorders");

        Assert.Equal("The license key is not authorized for method 'getresidentlistinfo'.", refused.Descendants("faultstring").Single().Value);
        Assert.Equal(500, status);
        Assert.Equal("a:ActionNotSupported", unknown.Descendants("faultcode").Single().Value);
    }

    [Fact]
    public async Task Another_partner_path_is_404_and_the_WSDL_lists_the_operations()
    {
        using var content = new StringContent("<x/>", Encoding.UTF8, "text/xml");
        var other = await _http.PostAsync(new Uri(_rpx.Url + "/rpxgateway/partner/other/other.svc"), content);
        var wsdl = XDocument.Parse(await _http.GetStringAsync(new Uri(_rpx.Url + "/RPXGateway/partner/aipc/aipc.svc?wsdl")));

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        XNamespace w = "http://schemas.xmlsoap.org/wsdl/";
        Assert.Contains("AddServiceRequest", wsdl.Descendants(w + "portType").Single().Elements(w + "operation").Select(o => o.Attribute("name")!.Value));
    }

    [Fact]
    public async Task Faults_take_RPX_shapes()
    {
        _rpx.InjectFault(PmsFault.Of(PmsFaultKind.ServerError));
        var gateway = await PostAsync("unitlist", Envelope("unitlist", Auth("1001", Site, "demo-license-key")));
        _rpx.InjectFault(PmsFault.Throttled(TimeSpan.FromSeconds(30)));
        var (throttledStatus, throttled) = await CallAsync("unitlist");
        _rpx.InjectFault(PmsFault.Of(PmsFaultKind.MalformedBody));
        var malformed = await PostAsync("unitlist", Envelope("unitlist", Auth("1001", Site, "demo-license-key")));
        var malformedText = await malformed.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "text/html"), (gateway.StatusCode, gateway.Content.Headers.ContentType!.MediaType));
        Assert.Equal(500, throttledStatus);
        Assert.Contains("Try again in 30 seconds", throttled.Descendants("faultstring").Single().Value, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, malformed.StatusCode);
        Assert.ThrowsAny<System.Xml.XmlException>(() => XDocument.Parse(malformedText));
    }

    [Fact]
    public async Task A_reset_acts_on_nothing_and_created_then_dropped_records_before_closing()
    {
        _rpx.InjectFault(PmsFault.Of(PmsFaultKind.ConnectionReset));
        await Assert.ThrowsAsync<HttpRequestException>(() => CallAsync("AddServiceRequest", ServiceRequest("90001")));
        Assert.Empty(_rpx.WorkOrders);

        _rpx.InjectFault(PmsFault.Of(PmsFaultKind.CreatedThenDropped));
        await Assert.ThrowsAsync<HttpRequestException>(() => CallAsync("AddServiceRequest", ServiceRequest("90001")));
        Assert.Single(_rpx.WorkOrders);

        var (status, _) = await CallAsync("unitlist");
        Assert.Equal(200, status);
    }

    public void Dispose()
    {
        _http.Dispose();
        _rpx.Dispose();
    }

    private async Task<List<XElement>> ResidentsAsync(string status)
    {
        var (_, body) = await CallAsync("getresidentlistinfo", new XElement(Tem + "getresidentlistinfo",
            new XElement(Tem + "headofhousehold", "false"), new XElement(Tem + "status", status)));
        return body.Descendants(Tem + "resident").ToList();
    }

    private static XElement ServiceRequest(string unitId) => new(Tem + "servicerequest",
        new XElement(Tem + "unitid", unitId), new XElement(Tem + "locationid", "11"), new XElement(Tem + "problemid", "301"),
        new XElement(Tem + "priorityid", "2"), new XElement(Tem + "duedate", "2026-11-26"), new XElement(Tem + "permissiontoenter", "Call for entry"),
        new XElement(Tem + "servicedetails", "[aipc:k1] Sink leaking"));

    private static XElement Auth(string pmcId, string siteId, string licenseKey, (string User, string Password)? vendor = null) => new(Tem + "auth",
        new XElement(Tem + "pmcid", pmcId), new XElement(Tem + "siteid", siteId),
        vendor is { } v ? new XElement(Tem + "username", v.User) : null, vendor is { } p ? new XElement(Tem + "password", p.Password) : null,
        new XElement(Tem + "licensekey", licenseKey), new XElement(Tem + "system", "onesite"));

    private static string Envelope(string operation, XElement auth, XElement? argument = null) =>
        new XElement(Soap + "Envelope", new XElement(Soap + "Body", new XElement(Tem + operation, auth, argument))).ToString();

    private async Task<HttpResponseMessage> PostAsync(string operation, string envelope, RealPageSimulator? simulator = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri((simulator ?? _rpx).Url + "/rpxgateway/partner/AIPC/aipc.svc"))
        {
            Content = new StringContent(envelope, Encoding.UTF8, "text/xml"),
        };
        request.Headers.Add("SOAPAction", $"\"http://tempuri.org/IRPXService/{operation}\"");
        return await _http.SendAsync(request);
    }

    private async Task<(int Status, XDocument Body)> CallAsync(string operation, XElement? argument = null, RealPageSimulator? simulator = null, XElement? auth = null)
    {
        using var response = await PostAsync(operation, Envelope(operation, auth ?? Auth("1001", Site, "demo-license-key"), argument), simulator);
        return ((int)response.StatusCode, XDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AiPhoneCoverage.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
