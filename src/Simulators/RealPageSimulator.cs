using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// RealPage's RPX SOAP gateway (pms-apis.md §5.2). This first cut serves the gateway's WSDL location and
/// <c>getsitelist</c> from the seed; resident lists and the Facilities operations come with the RealPage connector.
/// </summary>
public sealed class RealPageSimulator : PmsSimulator
{
    public RealPageSimulator(int port, SimulatorSeed seed)
        : base("realpage", port, seed)
    {
        var sites = string.Concat(Seed.For("realpage").Select(p =>
            $"<Site><SiteID>{System.Security.SecurityElement.Escape(p.PmsPropertyId)}</SiteID><SiteName>{System.Security.SecurityElement.Escape(p.Name)}</SiteName></Site>"));
        Server.Given(Request.Create()
                .WithPath(new RegexMatcher("(?i)^/rpxgateway/partner/[^/]+/[^/]+\\.svc$"))
                .UsingPost()
                .WithHeader("SOAPAction", new WildcardMatcher("*IRPXService/getsitelist*")))
            .RespondWith(Response.Create()
                .WithStatusCode(200)
                .WithHeader("Content-Type", "text/xml; charset=utf-8")
                .WithBody($"""<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><getsitelistResponse xmlns="http://tempuri.org/"><getsitelistResult><SiteList>{sites}</SiteList></getsitelistResult></getsitelistResponse></s:Body></s:Envelope>"""));
    }
}
