using System.Xml.Linq;

namespace AiPhoneCoverage.Simulators;

/// <summary>The XML names of Voyager's ASMX services (pms-apis.md §1.1).</summary>
internal static class YardiSoap
{
    public static readonly XNamespace Envelope = "http://schemas.xmlsoap.org/soap/envelope/";

    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static readonly XNamespace Xsd = "http://www.w3.org/2001/XMLSchema";

    /// <summary>The namespace of an interface's request and response elements, and the prefix of its SOAPActions.</summary>
    public static XNamespace Interface(string name) => $"http://tempuri.org/YSI.Interfaces.WebServices/{name}";
}
