using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace AiPhoneCoverage.Simulators.Tests;

/// <summary>The simulated Voyager ItfServiceRequests interface on its own, spoken to with hand-made SOAP envelopes.</summary>
public sealed class YardiSimulatorTests : IDisposable
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Itf = YardiSimulator.ServiceRequestsNamespace;
    private static readonly SimulatorSeed Seed = SimulatorSeed.Load(Path.Combine(FindRoot(), "samples", "demo", "portfolio.json"));

    private readonly YardiSimulator _yardi = new(0, Seed);
    private readonly HttpClient _http = new();

    private Uri Endpoint => new(_yardi.Url + "/demo/webservices/ItfServiceRequests.asmx");

    private static IEnumerable<XElement> Credentials(bool property = true, string password = "demo-password", string license = "demo-license") =>
        new (string Name, string? Value)[]
        {
            ("UserName", "aipc-demo"), ("Password", password), ("ServerName", "demo_live"), ("Database", "demo_live"), ("Platform", "SQL Server"),
            ("YardiPropertyId", property ? "maple01" : null), ("InterfaceEntity", "AiPhoneCoverage"), ("InterfaceLicense", license),
        }.Where(p => p.Value is not null).Select(p => new XElement(Itf + p.Name, p.Value));

    private async Task<(HttpStatusCode Status, XElement? Result, string Body)> CallAsync(string operation, IEnumerable<XElement> parameters, string? action = null)
    {
        var envelope = new XElement(Soap + "Envelope", new XElement(Soap + "Body", new XElement(Itf + operation, parameters)));
        using var content = new StringContent(envelope.ToString(), Encoding.UTF8, "text/xml");
        content.Headers.Add("SOAPAction", $"\"{action ?? $"{Itf.NamespaceName}/{operation}"}\"");
        var response = await _http.PostAsync(Endpoint, content);
        var body = await response.Content.ReadAsStringAsync();
        var result = XDocument.Parse(body).Root!.Element(Soap + "Body")!.Element(Itf + operation + "Response")?.Element(Itf + operation + "Result");
        return (response.StatusCode, result, body);
    }

    private static XElement ServiceRequestXml(params XElement[] requests) =>
        new(Itf + "ServiceRequestXml", new XElement("ServiceRequests", requests));

    private static XElement ServiceRequest(string unit = "4B", string category = "Plumbing", string priority = "Emergency", string property = "maple01") =>
        new("ServiceRequest",
            new XElement("PropertyCode", property), new XElement("UnitCode", unit), new XElement("TenantCode", "t0010054"),
            new XElement("ServiceRequestBriefDescription", "Sink leaking"), new XElement("ServiceRequestFullDescription", "ref: k1"),
            new XElement("Priority", priority), new XElement("Category", category), new XElement("ServiceRequestDate", "2026-11-25"));

    [Fact]
    public async Task The_wsdl_lists_the_operations_with_optional_string_parameters_and_mixed_any_results()
    {
        var wsdl = XDocument.Parse(await _http.GetStringAsync(new Uri(Endpoint + "?WSDL")));
        XNamespace s = "http://www.w3.org/2001/XMLSchema";

        var elements = wsdl.Descendants(s + "element").ToList();
        var search = elements.Single(e => (string?)e.Attribute("name") == "GetServiceRequest_Search");
        Assert.Equal("0", search.Descendants(s + "element").Single(e => (string?)e.Attribute("name") == "UnitCode").Attribute("minOccurs")!.Value);
        Assert.Equal("1", search.Descendants(s + "element").Single(e => (string?)e.Attribute("name") == "FromDate").Attribute("minOccurs")!.Value);
        var result = elements.Single(e => (string?)e.Attribute("name") == "CreateOrEditServiceRequestsResult");
        Assert.Equal("true", result.Element(s + "complexType")!.Attribute("mixed")!.Value);
        Assert.Contains(wsdl.Descendants().Where(e => e.Name.LocalName == "operation").Select(e => (string?)e.Attribute("soapAction")),
            a => a == $"{Itf.NamespaceName}/CreateOrEditServiceRequests");
    }

    [Fact]
    public async Task An_unknown_soap_action_and_an_unreadable_body_are_http_500_soap_client_faults()
    {
        var (status, _, body) = await CallAsync("Ping", [], action: $"{Itf.NamespaceName}/GetResidentsByPhone");
        using var broken = new StringContent("<soap:Envelope", Encoding.UTF8, "text/xml");
        broken.Headers.Add("SOAPAction", $"\"{Itf.NamespaceName}/Ping\"");
        var unreadable = await _http.PostAsync(Endpoint, broken);

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Contains("<faultcode>soap:Client</faultcode>", body, StringComparison.Ordinal);
        Assert.Contains("Server did not recognize the value of HTTP Header SOAPAction", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, unreadable.StatusCode);
        Assert.Contains("soap:Client", await unreadable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_logins_and_licences_are_http_200_with_voyagers_messages_and_legacy_mode_answers_empty()
    {
        var login = await CallAsync("GetCustomValues", Credentials(property: false, password: "wrong"));
        var license = await CallAsync("GetCustomValues", Credentials(property: false, license: "forged"));
        var unqualified = await CallAsync("GetCustomValues", Credentials(property: false).Select(e => new XElement(e.Name.LocalName, e.Value)));
        _yardi.EmptyResultOnLoginFailure = true;
        var legacy = await CallAsync("GetCustomValues", Credentials(property: false, password: "wrong"));

        Assert.Equal(HttpStatusCode.OK, login.Status);
        Assert.Equal("Login failed. Please check login credentials and try again.", login.Result!.Element("Messages")!.Element("Message")!.Value);
        Assert.Equal("Error", login.Result.Element("Messages")!.Element("Message")!.Attribute("messageType")!.Value);
        Assert.Equal("Unable to invoke Interface Web Service. Invalid Yardi Interface License.", license.Result!.Value);
        Assert.Contains("Login failed", unqualified.Result!.Value, StringComparison.Ordinal);
        Assert.True(legacy.Result!.IsEmpty);
    }

    [Fact]
    public async Task Custom_values_are_the_customers_lists()
    {
        var (_, result, _) = await CallAsync("GetCustomValues", Credentials(property: false));

        var values = result!.Element("ServiceRequests")!.Element("CustomValues")!;
        Assert.Equal(["Plumbing", "HVAC", "Electrical", "Appliances", "Other"], values.Element("Categories")!.Elements("Category").Select(c => c.Element("Name")!.Value));
        Assert.Equal(["Leak", "Clog", "Toilet", "Water Heater"], values.Element("Categories")!.Elements("Category").First().Elements("SubCategory").Select(s => s.Value));
        Assert.Equal(["Emergency", "High", "Med", "Low"], values.Element("Priorities")!.Elements("Priority").Select(p => p.Value));
        Assert.Equal("Call", values.Element("Statuses")!.Elements("Status").First().Value);
    }

    [Fact]
    public async Task A_resident_search_by_phone_ignores_the_format_and_returns_the_household_with_its_occupant()
    {
        var (_, result, _) = await CallAsync("GetResident_Search", Credentials().Append(new XElement(Itf + "PhoneNumber", "(617) 555-1006")));

        var customer = Assert.Single(result!.Element("CustomerSearch")!.Element("Response")!.Element("Customers")!.Elements("Customer"));
        Assert.Equal(("t0010047", "2C"), (customer.Element("Identification")!.Element("IDValue")!.Value, customer.Element("Lease")!.Element("Identification")!.Element("IDValue")!.Value));
        var occupant = Assert.Single(customer.Element("OtherOccupants")!.Elements());
        Assert.Equal(("t0010048", "+16175551006", "Roommate"), (occupant.Element("Identification")!.Element("IDValue")!.Value, occupant.Element("Phone")!.Element("MobileNumber")!.Value, occupant.Element("Relationship")!.Value));
    }

    [Fact]
    public async Task The_whole_roster_is_one_customer_per_household_and_changes_at_run_time()
    {
        _yardi.AddResident("maple01", new YardiResident("t0010099", "Ana", "Novak", "11A", "617-555-1099", null, null));
        _yardi.RemoveResident("maple01", "t0010041");

        var (_, result, _) = await CallAsync("GetResident_Search", Credentials());

        var codes = result!.Descendants("IDValue").Where(e => e.Parent!.Parent!.Name != "Lease").Select(e => e.Value).ToList();
        Assert.Equal(40, codes.Count);
        Assert.Contains("t0010099", codes);
        Assert.DoesNotContain("t0010041", codes);
        Assert.Equal(39, result.Descendants("Customer").Count());
    }

    [Fact]
    public async Task A_batch_create_records_the_good_requests_and_refuses_the_others_one_by_one()
    {
        var (_, result, _) = await CallAsync("CreateOrEditServiceRequests", Credentials().Append(ServiceRequestXml(ServiceRequest(), ServiceRequest(unit: "99Z", priority: "Whenever"), ServiceRequest(property: "elm99"))));

        var echoed = result!.Element("ServiceRequests")!.Elements("ServiceRequest").ToList();
        Assert.Equal(3, echoed.Count);
        var created = Assert.Single(_yardi.WorkOrders);
        Assert.Equal(created.ServiceRequestId.ToString(System.Globalization.CultureInfo.InvariantCulture), echoed[0].Element("ServiceRequestId")!.Value);
        Assert.True(created.ServiceRequestId > short.MaxValue);
        Assert.Equal(("Call", "Call"), (echoed[0].Element("CurrentStatus")!.Value, echoed[0].Element("StatusHistory")!.Element("Status")!.Attribute("Type")!.Value));
        Assert.Equal(["Could not find Unit:99Z.", "Could not find Priority:Whenever."], echoed[1].Element("ErrorMessages")!.Elements("Error").Select(e => e.Value));
        Assert.Equal("0", echoed[1].Element("ServiceRequestId")!.Value);
        Assert.Equal("Could not find Property:elm99.", echoed[2].Element("ErrorMessages")!.Element("Error")!.Value);
    }

    [Fact]
    public async Task A_request_without_a_property_code_refuses_the_whole_call()
    {
        var request = ServiceRequest();
        request.Element("PropertyCode")!.Remove();

        var (_, result, _) = await CallAsync("CreateOrEditServiceRequests", Credentials().Append(ServiceRequestXml(request)));

        Assert.Contains("PropertyCode", result!.Element("Messages")!.Element("Message")!.Value, StringComparison.Ordinal);
        Assert.Empty(_yardi.WorkOrders);
    }

    [Fact]
    public async Task An_unconfigured_interface_is_refused_with_the_singular_error_message()
    {
        _yardi.SetInterfaceConfigured("maple01", false);

        var (_, result, _) = await CallAsync("CreateOrEditServiceRequests", Credentials().Append(ServiceRequestXml(ServiceRequest())));

        Assert.Equal("Interface 'AiPhoneCoverage' is not Configured for property 'maple01'", result!.Descendants("ErrorMessage").Single().Value);
    }

    [Fact]
    public async Task Searches_filter_by_unit_status_and_dates_and_say_so_when_nothing_matches()
    {
        await CallAsync("CreateOrEditServiceRequests", Credentials().Append(ServiceRequestXml(ServiceRequest(), ServiceRequest(unit: "1A"))));
        var id = _yardi.WorkOrders[0].ServiceRequestId;
        _yardi.SetWorkOrderStatus(id, "Work Completed", DateTimeOffset.UtcNow);

        XElement[] Filters(params (string Name, string Value)[] filters) => filters.Select(f => new XElement(Itf + f.Name, f.Value)).ToArray();
        var byUnit = await CallAsync("GetServiceRequest_Search", Credentials().Concat(Filters(("UnitCode", "4B"), ("FromDate", "2026-11-01T00:00:00"), ("ToDate", "2026-11-30T00:00:00"))));
        var open = await CallAsync("GetServiceRequest_Search", Credentials().Concat(Filters(("OpenOrClosed", "Open"))));
        var later = await CallAsync("GetServiceRequest_Search", Credentials().Concat(Filters(("FromDate", "2026-12-01T00:00:00"), ("ToDate", "2026-12-31T00:00:00"))));
        var badDate = await CallAsync("GetServiceRequest_Search", Credentials().Concat(Filters(("FromDate", "yesterday"))));
        var byId = await CallAsync("GetServiceRequests", Credentials().Append(new XElement(Itf + "ServiceRequestIdArray", id.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal(["4B"], byUnit.Result!.Descendants("UnitCode").Select(u => u.Value));
        Assert.Equal(["1A"], open.Result!.Descendants("UnitCode").Select(u => u.Value));
        Assert.Equal("There are no service requests found for these input values.", later.Result!.Descendants("Error").Single().Value);
        Assert.Equal(HttpStatusCode.InternalServerError, badDate.Status);
        Assert.Equal("Work Completed", byId.Result!.Descendants("CurrentStatus").Single().Value);
    }

    [Fact]
    public async Task The_ledger_is_served_as_json()
    {
        await CallAsync("CreateOrEditServiceRequests", Credentials().Append(ServiceRequestXml(ServiceRequest())));

        var ledger = JsonDocument.Parse(await _http.GetStringAsync(new Uri(_yardi.Url + "/__ledger/work-orders"))).RootElement;

        Assert.Equal(1, ledger.GetArrayLength());
        Assert.Equal(("4B", "Plumbing", "Emergency"), (ledger[0].GetProperty("unitCode").GetString(), ledger[0].GetProperty("category").GetString(), ledger[0].GetProperty("priority").GetString()));
    }

    [Fact]
    public async Task Created_then_dropped_records_the_work_order_and_closes_the_connection_without_an_answer()
    {
        _yardi.InjectFault(PmsFault.Of(PmsFaultKind.CreatedThenDropped));

        await Assert.ThrowsAsync<HttpRequestException>(() => CallAsync("CreateOrEditServiceRequests", Credentials().Append(ServiceRequestXml(ServiceRequest()))));

        Assert.Single(_yardi.WorkOrders);
    }

    [Fact]
    public async Task A_reset_acts_on_nothing_and_a_server_error_is_a_soap_server_fault()
    {
        _yardi.InjectFault(PmsFault.Of(PmsFaultKind.ConnectionReset));
        await Assert.ThrowsAsync<HttpRequestException>(() => CallAsync("CreateOrEditServiceRequests", Credentials().Append(ServiceRequestXml(ServiceRequest()))));
        _yardi.InjectFault(PmsFault.Of(PmsFaultKind.ServerError));
        var (status, _, body) = await CallAsync("CreateOrEditServiceRequests", Credentials().Append(ServiceRequestXml(ServiceRequest())));

        Assert.Empty(_yardi.WorkOrders);
        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Contains("<faultcode>soap:Server</faultcode>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_id_returned_records_the_work_order_and_echoes_it_without_its_id_and_throttling_is_an_in_body_message()
    {
        _yardi.InjectFault(PmsFault.Of(PmsFaultKind.NoIdReturned));
        var (_, echo, _) = await CallAsync("CreateOrEditServiceRequests", Credentials().Append(ServiceRequestXml(ServiceRequest())));
        _yardi.InjectFault(PmsFault.Throttled(TimeSpan.FromSeconds(20)));
        var (status, busy, _) = await CallAsync("GetCustomValues", Credentials(property: false));

        Assert.Single(_yardi.WorkOrders);
        Assert.Null(echo!.Descendants("ServiceRequestId").FirstOrDefault());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Too many requests. Please try again in 20 seconds.", busy!.Descendants("Message").Single().Value);
    }

    public void Dispose()
    {
        _yardi.Dispose();
        _http.Dispose();
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
