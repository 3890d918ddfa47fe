using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace AiPhoneCoverage.Simulators.Tests;

/// <summary>The simulators start on loopback, seeded from the demo portfolio's own files.</summary>
public sealed class SimulatorHostTests : IDisposable
{
    private static readonly string DemoPortfolio = Path.Combine(FindRoot(), "samples", "demo", "portfolio.json");
    private readonly SimulatorHost _host = SimulatorHost.Start(
        SimulatorOptions.OnFreePorts(),
        SimulatorSeed.Load(DemoPortfolio),
        Path.Combine(Path.GetTempPath(), "aipc-sim-" + Guid.NewGuid().ToString("N")));

    private readonly HttpClient _http = new();

    private PmsSimulator Simulator(string name) => _host.Simulators.Single(s => s.Name == name);

    [Fact]
    public void The_seed_is_the_demo_portfolio_one_property_per_pms_with_its_roster()
    {
        var seed = SimulatorSeed.Load(DemoPortfolio);

        Assert.Equal(["appfolio", "realpage", "yardi"], seed.Properties.Select(p => p.PmsPlugin).Order());
        Assert.All(seed.Properties, p => Assert.Equal(40, p.Residents.Count));
        Assert.Equal(("t0010041", "Maria", "1A"), seed.For("yardi").Single().Residents.Select(r => (r.ResidentId, r.FirstName, r.Unit)).First());
    }

    [Fact]
    public async Task Every_simulator_listens_on_loopback_only_and_answers_its_health_check()
    {
        foreach (var simulator in _host.Simulators)
        {
            Assert.StartsWith("http://127.0.0.1:", simulator.Url, StringComparison.Ordinal);
            Assert.Equal($"{simulator.Name} simulator", await _http.GetStringAsync(new Uri(simulator.Url + "/__health")));
        }
    }

    [Fact]
    public async Task AppFolio_serves_the_seeded_tenants_only_with_the_right_basic_credentials()
    {
        var url = new Uri(Simulator("appfolio").Url + "/api/v1/tenants");
        var anonymous = await _http.GetAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("demo-client:demo-secret")));
        var authorized = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var tenants = JsonDocument.Parse(await authorized.Content.ReadAsStringAsync()).RootElement.GetProperty("results");
        Assert.Equal(40, tenants.GetArrayLength());
        Assert.Equal("42", tenants[0].GetProperty("PropertyId").GetString());
    }

    [Fact]
    public async Task Yardi_answers_ping_with_a_soap_envelope_and_refuses_other_paths()
    {
        var url = Simulator("yardi").Url;
        // A real (if minimal) envelope: like ASMX, the simulator answers an unreadable body with a soap:Fault.
        using var ping = new StringContent(
            """<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Ping xmlns="http://tempuri.org/YSI.Interfaces.WebServices/ItfServiceRequests"/></soap:Body></soap:Envelope>""",
            Encoding.UTF8,
            "text/xml");
        ping.Headers.Add("SOAPAction", "\"http://tempuri.org/YSI.Interfaces.WebServices/ItfServiceRequests/Ping\"");
        var answer = await _http.PostAsync(new Uri(url + "/demo/webservices/ItfServiceRequests.asmx"), ping);
        var wrong = await _http.GetAsync(new Uri(url + "/elsewhere"));

        Assert.Contains("<PingResult>Pong</PingResult>", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
    }

    [Fact]
    public async Task Twilio_accepts_and_records_messages_for_the_demo_account()
    {
        var url = Simulator("twilio").Url + "/2010-04-01/Accounts/" + TwilioSimulator.DemoAccountSid + "/Messages.json";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["To"] = "+16175551000", ["From"] = "+16175550000", ["Body"] = "Your request 4821 is logged" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TwilioSimulator.DemoAccountSid}:{TwilioSimulator.DemoAuthToken}")));

        var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.StartsWith("SM", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("sid").GetString(), StringComparison.Ordinal);
        Assert.Contains("4821", Assert.Single(((TwilioSimulator)Simulator("twilio")).SentMessages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_vendor_simulators_run_beside_the_pms_ones_with_the_demo_vendors_and_subscriber()
    {
        Assert.Equal(["appfolio", "realpage", "servicechannel", "twilio", "vendors", "yardi"], _host.Simulators.Select(s => s.Name).Order(StringComparer.Ordinal));
        var vendors = (VendorEndpointSimulator)Simulator("vendors");
        using var unsigned = await _http.PostAsync(new Uri(vendors.WebhookUrl("acme-plumbing")), new StringContent("{}", Encoding.UTF8, "application/json"));
        using var token = new HttpRequestMessage(HttpMethod.Post, new Uri(Simulator("servicechannel").Url + "/oauth/token"))
        {
            Content = new StringContent("grant_type=client_credentials", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        token.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ServiceChannelSimulator.DemoClientId}:{ServiceChannelSimulator.DemoClientSecret}")));
        using var issued = await _http.SendAsync(token);

        Assert.Equal(["acme-plumbing", "fixit-handyman", "volt-electric"], vendors.Vendors.Select(v => v.Code));
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Contains(2006072, ((ServiceChannelSimulator)Simulator("servicechannel")).Subscriber.Locations.Select(l => l.Id));
    }

    [Fact]
    public async Task Every_simulator_takes_drill_faults_over_http_and_refuses_an_unknown_kind()
    {
        foreach (var simulator in _host.Simulators)
        {
            using var set = await _http.PostAsync(simulator.Url + "/__faults?kind=ServerError&count=2", null);
            using var latency = await _http.PostAsync(simulator.Url + "/__faults?kind=latency&seconds=0.01", null);
            using var bad = await _http.PostAsync(simulator.Url + "/__faults?kind=Meteor", null);
            using var clear = await _http.DeleteAsync(simulator.Url + "/__faults");

            Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.BadRequest, HttpStatusCode.NoContent),
                (set.StatusCode, latency.StatusCode, bad.StatusCode, clear.StatusCode));
            Assert.Contains("CreatedThenDropped", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        _host.Dispose();
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
