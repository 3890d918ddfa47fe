using System.Xml.Linq;

namespace AiPhoneCoverage.Plugins.Yardi;

/// <summary>
/// Namespace-agnostic reading of Voyager's result documents, which are embedded XML whose namespace varies by version:
/// children and descendants by local name, and trimmed text that is null when empty.
/// </summary>
internal static class YardiXml
{
    public static IEnumerable<XElement> Children(this XElement element, string name) =>
        element.Elements().Where(e => e.Name.LocalName == name);

    public static XElement? Child(this XElement element, params string[] path)
    {
        var current = element;
        foreach (var name in path)
        {
            current = current?.Children(name).FirstOrDefault();
        }

        return current;
    }

    public static IEnumerable<XElement> Descendants(this XElement element, string name) =>
        element.Descendants().Where(e => e.Name.LocalName == name);

    public static string? Text(this XElement element, params string[] path) =>
        element.Child(path) is { } found && found.Value.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The element's own text (its direct text nodes), for mixed content such as nested <c>Status</c>.</summary>
    public static string OwnText(this XElement element) =>
        string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value)).Trim();
}
