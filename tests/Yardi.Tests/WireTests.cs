using System.Xml.Linq;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Yardi.Tests;

/// <summary>The exact SOAP requests the connector sends (pms-apis.md §1.1, §1.2, §1.4), as the simulated Voyager recorded them.</summary>
public sealed class WireTests : IDisposable
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Itf = "http://tempuri.org/YSI.Interfaces.WebServices/ItfServiceRequests";

    private static readonly string[] Login = ["UserName", "Password", "ServerName", "Database", "Platform"];
    private static readonly string[] License = ["InterfaceEntity", "InterfaceLicense"];

    private readonly YardiHarness _yardi = new();
    private readonly Plugins.Yardi.YardiConnector _connector;

    public WireTests() => _connector = _yardi.Connector();

    private static XElement Operation(XDocument body, string operation)
    {
        Assert.Equal(Soap + "Envelope", body.Root!.Name);
        var element = Assert.Single(body.Root.Element(Soap + "Body")!.Elements());
        Assert.Equal(Itf + operation, element.Name);
        Assert.All(element.Elements(), e => Assert.Equal(Itf, e.Name.Namespace));
        return element;
    }

    private static void AssertDemoCredentials(XElement operation)
    {
        Assert.Equal(
            ["aipc-demo", "demo-password", "demo_live", "demo_live", "SQL Server", "AiPhoneCoverage", "demo-license"],
            Login.Concat(License).Select(n => operation.Element(Itf + n)!.Value));
    }

    [Fact]
    public async Task A_create_posts_the_documented_envelope_with_credentials_in_order_and_the_service_request_xml()
    {
        await _connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(), CancellationToken.None);

        var (body, headers, path) = Assert.Single(_yardi.Requests("CreateOrEditServiceRequests"));
        Assert.Equal("/demo/webservices/ItfServiceRequests.asmx", path);
        Assert.Equal("\"http://tempuri.org/YSI.Interfaces.WebServices/ItfServiceRequests/CreateOrEditServiceRequests\"", headers["SOAPAction"].Single());
        Assert.Equal("text/xml; charset=utf-8", headers["Content-Type"].Single());
        var operation = Operation(body, "CreateOrEditServiceRequests");
        Assert.Equal([.. Login, "YardiPropertyId", .. License, "ServiceRequestXml"], operation.Elements().Select(e => e.Name.LocalName));
        AssertDemoCredentials(operation);
        Assert.Equal("maple01", operation.Element(Itf + "YardiPropertyId")!.Value);

        var requests = Assert.Single(operation.Element(Itf + "ServiceRequestXml")!.Elements());
        Assert.Equal(XName.Get("ServiceRequests"), requests.Name);
        var request = Assert.Single(requests.Elements(XName.Get("ServiceRequest")));
        Assert.Equal(
            [
                ("PropertyCode", "maple01"),
                ("UnitCode", "4B"),
                ("TenantCode", "t0010054"),
                ("ServiceRequestBriefDescription", "Kitchen sink leaking"),
                ("ServiceRequestFullDescription", "AiPhoneCoverage ref: wo-7f3a9c\nCaller reports water pouring from under the kitchen sink onto the floor."),
                ("Priority", "Emergency"),
                ("Category", "Plumbing"),
                ("HasPermissionToEnter", "true"),
                ("AccessNotes", "Dog in unit"),
                ("RequestorPhoneNumber", "6175551013"),
                ("ServiceRequestDate", "2026-11-25"),
            ],
            request.Elements().Select(e => (e.Name.ToString(), e.Value)));
    }

    [Fact]
    public async Task Reads_send_their_own_parameters_after_the_credentials_and_only_property_scoped_ones_name_the_property()
    {
        var created = await _connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(), CancellationToken.None);
        await _connector.ExportRosterAsync(_yardi.Target(), null, CancellationToken.None);
        await _connector.FindWorkOrderAsync(_yardi.Target(), "wo-7f3a9c", CancellationToken.None);
        await _connector.GetWorkOrderAsync(_yardi.Target(), created.Value!.ExternalId, CancellationToken.None);

        var values = Operation(Assert.Single(_yardi.Requests("GetCustomValues")).Body, "GetCustomValues");
        var roster = Operation(Assert.Single(_yardi.Requests("GetResident_Search")).Body, "GetResident_Search");
        var search = Operation(Assert.Single(_yardi.Requests("GetServiceRequest_Search")).Body, "GetServiceRequest_Search");
        var byId = Operation(Assert.Single(_yardi.Requests("GetServiceRequests")).Body, "GetServiceRequests");

        Assert.Equal([.. Login, .. License], values.Elements().Select(e => e.Name.LocalName));
        Assert.Equal([.. Login, "YardiPropertyId", .. License], roster.Elements().Select(e => e.Name.LocalName));
        Assert.Equal([.. Login, "YardiPropertyId", .. License, "FromDate", "ToDate"], search.Elements().Select(e => e.Name.LocalName));
        Assert.Equal([.. Login, "YardiPropertyId", .. License, "ServiceRequestIdArray"], byId.Elements().Select(e => e.Name.LocalName));
        Assert.All(new[] { values, roster, search, byId }, AssertDemoCredentials);
        Assert.Equal(created.Value.ExternalId, byId.Element(Itf + "ServiceRequestIdArray")!.Value);
        var from = DateTime.Parse(search.Element(Itf + "FromDate")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        var to = DateTime.Parse(search.Element(Itf + "ToDate")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromDays(8), to - from);
    }

    [Fact]
    public async Task Text_with_markup_characters_travels_as_text()
    {
        const string Summary = "Sink <leak> & \"drip\"";

        await _connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(summary: Summary), CancellationToken.None);

        Assert.Equal(Summary, Assert.Single(_yardi.Simulator.WorkOrders).BriefDescription);
    }

    [Fact]
    public async Task A_licence_with_newlines_is_sent_as_is()
    {
        const string License = "MIIBCgYJKoZIhvcNAQcCoIIBAzCCAP8CAQEx\nADALBgkqhkiG9w0BBwGggd4wgdsw";

        await _connector.GetVocabularyAsync(_yardi.Target(new Dictionary<string, string> { ["interfaceLicense"] = License }), CancellationToken.None);

        Assert.Equal(License, Operation(Assert.Single(_yardi.Requests("GetCustomValues")).Body, "GetCustomValues").Element(Itf + "InterfaceLicense")!.Value);
    }

    public void Dispose() => _yardi.Dispose();
}
