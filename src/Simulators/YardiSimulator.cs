using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// Yardi Voyager's SOAP ItfServiceRequests interface (pms-apis.md §5.1). This first cut answers <c>Ping</c> and
/// <c>GetVersionNumber</c>; the resident, custom-value and service-request operations come with the Yardi connector.
/// </summary>
public sealed class YardiSimulator : PmsSimulator
{
    private const string Interface = "http://tempuri.org/YSI.Interfaces.WebServices/ItfServiceRequests";

    public YardiSimulator(int port, SimulatorSeed seed)
        : base("yardi", port, seed)
    {
        foreach (var (operation, result) in new[] { ("Ping", "Pong"), ("GetVersionNumber", "7.0.0.0") })
        {
            Server.Given(Request.Create()
                    .WithPath(new RegexMatcher("(?i)^/.*webservices/itfservicerequests\\.asmx$"))
                    .UsingPost()
                    .WithHeader("SOAPAction", new WildcardMatcher($"*{Interface}/{operation}*")))
                .RespondWith(Response.Create()
                    .WithStatusCode(200)
                    .WithHeader("Content-Type", "text/xml; charset=utf-8")
                    .WithBody(Envelope(operation, result)));
        }
    }

    private static string Envelope(string operation, string result) =>
        $"""<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><{operation}Response xmlns="{Interface}"><{operation}Result>{result}</{operation}Result></{operation}Response></soap:Body></soap:Envelope>""";
}
