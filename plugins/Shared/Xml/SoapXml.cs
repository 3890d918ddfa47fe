using System.Xml;
using System.Xml.Linq;

namespace AiPhoneCoverage.Plugins.Shared;

/// <summary>
/// Parses an answer from outside with no DTD (a DOCTYPE is refused, so no entity expansion such as "billion laughs" and
/// no external entity is ever read) and at most <see cref="MaxAnswerChars"/> characters. The cap: the largest honest
/// answer is a whole property's roster in one piece, about 1 KB per resident, so 16 Mi characters hold some 16,000
/// residents, several times the largest single property; an answer past it is a fault or an attack, not data.
/// </summary>
internal static class SoapXml
{
    public const int MaxAnswerChars = 16 * 1024 * 1024;

    /// <summary>The document, or null with why it could not be read.</summary>
    public static XDocument? Parse(string? content, out string? problem)
    {
        problem = null;
        if (content is { Length: > MaxAnswerChars })
        {
            problem = $"the answer is larger than {MaxAnswerChars / (1024 * 1024)} Mi characters";
            return null;
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            IgnoreWhitespace = true,
            XmlResolver = null,
            MaxCharactersInDocument = MaxAnswerChars,
            MaxCharactersFromEntities = 0,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(content ?? string.Empty), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            problem = ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) ? "the answer declares a DTD, which is refused" : "the answer is not well-formed XML";
            return null;
        }
    }
}
