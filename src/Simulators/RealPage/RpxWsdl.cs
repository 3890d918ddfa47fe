using System.Xml.Linq;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The static WSDL served at <c>?wsdl</c>: SOAP 1.1 document/literal, one portType <c>IRPXService</c> with the
/// simulated operations and SOAPActions <c>http://tempuri.org/IRPXService/{op}</c>. Message parts are typed
/// <c>xs:anyType</c>: the simulator documents the operations, not RealPage's data contracts, which are not public.
/// </summary>
internal static class RpxWsdl
{
    private static readonly XNamespace Wsdl = "http://schemas.xmlsoap.org/wsdl/";
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";

    public static string For(IEnumerable<string> operations, string address)
    {
        var ops = operations.ToList();
        var tns = RpxSoap.Tem;
        var definitions = new XElement(Wsdl + "definitions",
            new XAttribute("name", "RPXService"),
            new XAttribute("targetNamespace", tns.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "wsdl", Wsdl.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "soap", Soap.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xs", Xs.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "tns", tns.NamespaceName),
            new XElement(Wsdl + "types", new XElement(Xs + "schema",
                new XAttribute("targetNamespace", tns.NamespaceName), new XAttribute("elementFormDefault", "qualified"),
                ops.SelectMany(op => new[]
                {
                    new XElement(Xs + "element", new XAttribute("name", op), new XAttribute("type", "xs:anyType")),
                    new XElement(Xs + "element", new XAttribute("name", op + "Response"), new XAttribute("type", "xs:anyType")),
                }))),
            ops.SelectMany(op => new[]
            {
                new XElement(Wsdl + "message", new XAttribute("name", "IRPXService_" + op + "_InputMessage"),
                    new XElement(Wsdl + "part", new XAttribute("name", "parameters"), new XAttribute("element", "tns:" + op))),
                new XElement(Wsdl + "message", new XAttribute("name", "IRPXService_" + op + "_OutputMessage"),
                    new XElement(Wsdl + "part", new XAttribute("name", "parameters"), new XAttribute("element", "tns:" + op + "Response"))),
            }),
            new XElement(Wsdl + "portType", new XAttribute("name", "IRPXService"), ops.Select(op => new XElement(Wsdl + "operation",
                new XAttribute("name", op),
                new XElement(Wsdl + "input", new XAttribute("message", "tns:IRPXService_" + op + "_InputMessage")),
                new XElement(Wsdl + "output", new XAttribute("message", "tns:IRPXService_" + op + "_OutputMessage"))))),
            new XElement(Wsdl + "binding", new XAttribute("name", "BasicHttpBinding_IRPXService"), new XAttribute("type", "tns:IRPXService"),
                new XElement(Soap + "binding", new XAttribute("transport", "http://schemas.xmlsoap.org/soap/http")),
                ops.Select(op => new XElement(Wsdl + "operation", new XAttribute("name", op),
                    new XElement(Soap + "operation", new XAttribute("soapAction", RpxSoap.ActionPrefix + op), new XAttribute("style", "document")),
                    new XElement(Wsdl + "input", new XElement(Soap + "body", new XAttribute("use", "literal"))),
                    new XElement(Wsdl + "output", new XElement(Soap + "body", new XAttribute("use", "literal")))))),
            new XElement(Wsdl + "service", new XAttribute("name", "RPXService"),
                new XElement(Wsdl + "port", new XAttribute("name", "BasicHttpBinding_IRPXService"), new XAttribute("binding", "tns:BasicHttpBinding_IRPXService"),
                    new XElement(Soap + "address", new XAttribute("location", address)))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), definitions).Declaration + definitions.ToString();
    }
}
