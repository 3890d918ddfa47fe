using System.Xml.Linq;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.RealPage.Tests;

/// <summary>The SOAP requests the simulator received, as they came over the wire.</summary>
internal static class WireRequests
{
    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Tem = "http://tempuri.org/";

    public static IReadOnlyList<WireMock.IRequestMessage> Of(RealPageSimulator simulator, string operation) =>
        simulator.Server.LogEntries.Select(e => e.RequestMessage)
            .Where(r => r.Method == "POST" && r.Headers!["SOAPAction"].Single().EndsWith("/" + operation + "\"", StringComparison.Ordinal))
            .ToList();

    public static IReadOnlyList<XDocument> Bodies(RealPageSimulator simulator, string operation) =>
        Of(simulator, operation).Select(r => XDocument.Parse(r.Body!)).ToList();

    /// <summary>The operation element inside the SOAP body.</summary>
    public static XElement Operation(XDocument body) => body.Root!.Element(Soap + "Body")!.Elements().Single();

    /// <summary>The operation's argument after the auth block.</summary>
    public static XElement Arguments(XDocument body) => Operation(body).Elements().Skip(1).Single();
}
