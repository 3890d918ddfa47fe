using System.Xml.Linq;

namespace AiPhoneCoverage.Simulators;

/// <summary>Where a scripted call stands: the TwiML document being run and its URL, or how the call ended.</summary>
internal sealed record TwimlPage(Uri Url, XElement? Response, CallEnding? Ending)
{
    public static TwimlPage Ended(Uri url, CallEnding ending) => new(url, null, ending);

    /// <summary>A verb's URL attribute (or text) resolved against this document's URL; the document's own URL when empty.</summary>
    public Uri Resolve(string? relative) => string.IsNullOrWhiteSpace(relative) ? Url : new Uri(Url, relative.Trim());
}
