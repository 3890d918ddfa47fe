using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.RealPage.Tests;

/// <summary>The exact requests on the wire, against pms-apis.md §2: endpoint, SOAPAction, namespace, the auth block first and in order, the ServiceRequest XML.</summary>
public sealed class WireFormatTests : IDisposable
{
    private readonly RpxWorld _world = new();

    [Fact]
    public async Task Every_call_posts_SOAP_to_the_partners_svc_with_a_quoted_SOAPAction()
    {
        await _world.Connector.CreateWorkOrderAsync(_world.Property, RpxWorld.Order(), CancellationToken.None);

        var requests = _world.Simulator.Server.LogEntries.Select(e => e.RequestMessage).ToList();
        Assert.NotEmpty(requests);
        Assert.All(requests, r =>
        {
            Assert.Equal("POST", r.Method);
            Assert.Equal("/rpxgateway/partner/aipc/aipc.svc", r.Path);
            Assert.Equal("text/xml; charset=utf-8", r.Headers!["Content-Type"].Single());
            Assert.Matches("^\"http://tempuri\\.org/IRPXService/[A-Za-z]+\"$", r.Headers["SOAPAction"].Single());
        });
        Assert.Equal("\"http://tempuri.org/IRPXService/AddServiceRequest\"", WireRequests.Of(_world.Simulator, "AddServiceRequest").Single().Headers!["SOAPAction"].Single());
    }

    [Fact]
    public async Task The_body_is_the_operation_in_tempuri_with_the_auth_block_first_in_the_documented_order()
    {
        await _world.Connector.GetUnitsAsync(_world.Property, CancellationToken.None);

        var body = WireRequests.Bodies(_world.Simulator, "unitlist").Single();
        Assert.Equal(WireRequests.Soap + "Envelope", body.Root!.Name);
        var operation = WireRequests.Operation(body);
        Assert.Equal(WireRequests.Tem + "unitlist", operation.Name);
        var auth = operation.Elements().First();
        Assert.Equal(WireRequests.Tem + "auth", auth.Name);
        Assert.Equal(
            [("pmcid", "1001"), ("siteid", RpxWorld.SiteId), ("licensekey", RpxWorld.LicenseKey), ("system", "Onesite")],
            auth.Elements().Select(e => (e.Name.LocalName, e.Value)));
        Assert.All(auth.Elements(), e => Assert.Equal(WireRequests.Tem, e.Name.Namespace));
        Assert.Equal(["getunitlist"], operation.Elements().Skip(1).Select(e => e.Name.LocalName));
    }

    [Fact]
    public async Task A_registered_vendor_sends_username_and_password_between_siteid_and_licensekey()
    {
        using var world = new RpxWorld(RealPageSimulatorOptions.Demo with { VendorUserName = "aipc-vendor", VendorPassword = "vendor-secret" });
        world.Settings["userName"] = "aipc-vendor";
        world.Settings["password"] = "vendor-secret";

        var units = await world.Connector.GetUnitsAsync(world.Property, CancellationToken.None);

        Assert.True(units.IsSuccess, units.Error?.ToString());
        var auth = WireRequests.Operation(WireRequests.Bodies(world.Simulator, "unitlist").Single()).Elements().First();
        Assert.Equal(["pmcid", "siteid", "username", "password", "licensekey", "system"], auth.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public async Task AddServiceRequest_carries_the_servicerequest_element_as_documented_in_the_README()
    {
        await _world.Connector.CreateWorkOrderAsync(_world.Property, RpxWorld.Order(), CancellationToken.None);

        var arguments = WireRequests.Arguments(WireRequests.Bodies(_world.Simulator, "AddServiceRequest").Single());
        var unitId = _world.Simulator.WorkOrders.Single().UnitId;
        Assert.Equal(WireRequests.Tem + "servicerequest", arguments.Name);
        Assert.Equal(
            [
                ("unitid", unitId), ("residentmemberid", "880100"), ("locationid", "15"), ("problemid", "301"), ("priorityid", "1"),
                ("duedate", "2026-11-25"), ("permissiontoenter", "Enter any time"), ("accessnotes", "Dog in the bedroom"),
                ("servicedetails", "[aipc:call:CA0001:wo1] Kitchen sink leaking\nWater is coming out under the kitchen sink and spreading on the floor."),
                ("contactphone", "+15125551100"), ("datecreated", "2026-11-25T22:15:00-06:00"),
            ],
            arguments.Elements().Select(e => (e.Name.LocalName, e.Value)));
    }

    [Fact]
    public async Task Caller_text_is_escaped_by_the_XML_writer_not_spliced_into_the_envelope()
    {
        var order = RpxWorld.Order() with { Summary = "Leak </tem:servicedetails><tem:problemid>999", AccessNotes = "a & b < c" };

        var created = await _world.Connector.CreateWorkOrderAsync(_world.Property, order, CancellationToken.None);

        Assert.True(created.IsSuccess, created.Error?.ToString());
        var request = _world.Simulator.WorkOrders.Single();
        Assert.Equal("301", request.Problem.Id);
        Assert.Equal("a & b < c", request.AccessNotes);
        Assert.StartsWith("[aipc:call:CA0001:wo1] Leak </tem:servicedetails>", request.ServiceDetails, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_by_key_lists_service_requests_created_over_the_lookback_window()
    {
        _world.Settings["lookbackDays"] = "7";

        await _world.Connector.FindWorkOrderAsync(_world.Property, "call:CA0001:wo1", CancellationToken.None);

        var filter = WireRequests.Arguments(WireRequests.Bodies(_world.Simulator, "getservicerequests").Single());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(
            [("startdate", today.AddDays(-7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
             ("enddate", today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))],
            filter.Elements().Select(e => (e.Name.LocalName, e.Value)));
    }

    public void Dispose() => _world.Dispose();
}
