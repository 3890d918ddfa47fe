using System.Xml.Linq;

namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>Reads RPX answers by local name, so that whatever namespace or prefix the gateway uses for its data contracts does not matter.</summary>
internal static class RxElements
{
    public static IEnumerable<XElement> All(this XElement parent, string localName) =>
        parent.Descendants().Where(e => e.Name.LocalName == localName);

    /// <summary>The trimmed text of a direct child, or null when it is absent or empty.</summary>
    public static string? Text(this XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName) is { } child && !string.IsNullOrWhiteSpace(child.Value) ? child.Value.Trim() : null;
}
