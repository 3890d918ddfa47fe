using System.Xml.Linq;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// A static WSDL for a simulated interface, generated from its operation list the way ASMX writes one: document/literal,
/// every string parameter <c>minOccurs="0"</c>, dates and booleans required, and each <c>{Op}Result</c> a mixed <c>any</c>.
/// </summary>
internal static class YardiWsdl
{
    private static readonly XNamespace Wsdl = "http://schemas.xmlsoap.org/wsdl/";
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static readonly XNamespace S = "http://www.w3.org/2001/XMLSchema";

    public static string Build(string interfaceName, IReadOnlyList<YardiOperationSpec> operations, string location)
    {
        var tns = YardiSoap.Interface(interfaceName);
        var port = interfaceName + "Soap";
        var definitions = new XElement(Wsdl + "definitions",
            new XAttribute("targetNamespace", tns.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "wsdl", Wsdl.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "soap", Soap.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "s", S.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "tns", tns.NamespaceName),
            new XElement(Wsdl + "types",
                new XElement(S + "schema", new XAttribute("elementFormDefault", "qualified"), new XAttribute("targetNamespace", tns.NamespaceName),
                    operations.SelectMany(o => new[] { RequestElement(o), ResponseElement(o) }))),
            operations.SelectMany(o => new[]
            {
                new XElement(Wsdl + "message", new XAttribute("name", o.Name + "SoapIn"), Part("tns:" + o.Name)),
                new XElement(Wsdl + "message", new XAttribute("name", o.Name + "SoapOut"), Part($"tns:{o.Name}Response")),
            }),
            new XElement(Wsdl + "portType", new XAttribute("name", port),
                operations.Select(o => new XElement(Wsdl + "operation", new XAttribute("name", o.Name),
                    new XElement(Wsdl + "input", new XAttribute("message", $"tns:{o.Name}SoapIn")),
                    new XElement(Wsdl + "output", new XAttribute("message", $"tns:{o.Name}SoapOut"))))),
            new XElement(Wsdl + "binding", new XAttribute("name", port), new XAttribute("type", "tns:" + port),
                new XElement(Soap + "binding", new XAttribute("transport", "http://schemas.xmlsoap.org/soap/http")),
                operations.Select(o => new XElement(Wsdl + "operation", new XAttribute("name", o.Name),
                    new XElement(Soap + "operation", new XAttribute("soapAction", $"{tns.NamespaceName}/{o.Name}"), new XAttribute("style", "document")),
                    new XElement(Wsdl + "input", new XElement(Soap + "body", new XAttribute("use", "literal"))),
                    new XElement(Wsdl + "output", new XElement(Soap + "body", new XAttribute("use", "literal")))))),
            new XElement(Wsdl + "service", new XAttribute("name", interfaceName),
                new XElement(Wsdl + "port", new XAttribute("name", port), new XAttribute("binding", "tns:" + port),
                    new XElement(Soap + "address", new XAttribute("location", location)))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), definitions).Declaration + definitions.ToString();
    }

    private static XElement Part(string element) =>
        new(Wsdl + "part", new XAttribute("name", "parameters"), new XAttribute("element", element));

    private static XElement RequestElement(YardiOperationSpec operation) =>
        new(S + "element", new XAttribute("name", operation.Name),
            new XElement(S + "complexType", new XElement(S + "sequence", operation.Parameters.Select(Parameter))));

    private static XElement Parameter(YardiParameter parameter) => parameter.XsdType == "any"
        ? new XElement(S + "element", new XAttribute("minOccurs", 0), new XAttribute("maxOccurs", 1), new XAttribute("name", parameter.Name), AnyType())
        : new XElement(S + "element", new XAttribute("minOccurs", parameter.Required ? 1 : 0), new XAttribute("maxOccurs", 1),
            new XAttribute("name", parameter.Name), new XAttribute("type", "s:" + parameter.XsdType));

    private static XElement ResponseElement(YardiOperationSpec operation) =>
        new(S + "element", new XAttribute("name", operation.Name + "Response"),
            new XElement(S + "complexType", new XElement(S + "sequence", operation.StringResult
                ? new XElement(S + "element", new XAttribute("minOccurs", 0), new XAttribute("maxOccurs", 1), new XAttribute("name", operation.Name + "Result"), new XAttribute("type", "s:string"))
                : new XElement(S + "element", new XAttribute("minOccurs", 0), new XAttribute("maxOccurs", 1), new XAttribute("name", operation.Name + "Result"), AnyType()))));

    private static XElement AnyType() =>
        new(S + "complexType", new XAttribute("mixed", "true"), new XElement(S + "sequence", new XElement(S + "any")));
}
