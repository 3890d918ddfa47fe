using System.Xml;
using System.Xml.Linq;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The texts that a messaging TwiML answer to an inbound text makes Twilio send (twilio.md 1.6): each <c>&lt;Message&gt;</c>
/// of the <c>&lt;Response&gt;</c>, its text from its <c>&lt;Body&gt;</c> nouns or else its own text, sent to whoever texted
/// in and from the number they texted, unless its <c>to</c> and <c>from</c> attributes say otherwise. An empty answer or
/// <c>&lt;Response/&gt;</c> sends nothing; anything that is not TwiML sends nothing and is a problem (Twilio's error 12100).
/// </summary>
internal static class MessagingTwiml
{
    public static (IReadOnlyList<(string To, string From, string Body)> Replies, string? Problem) Read(string answer, string inboundFrom, string inboundTo)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return ([], null);
        }

        XElement root;
        try
        {
            root = XDocument.Parse(answer).Root!;
        }
        catch (XmlException e)
        {
            return ([], $"the answer is not valid TwiML ({e.Message})");
        }

        if (root.Name.LocalName != "Response")
        {
            return ([], $"the TwiML root is <{root.Name.LocalName}>, not <Response>");
        }

        var replies = root.Elements()
            .Where(e => e.Name.LocalName == "Message")
            .Select(m => (
                To: m.Attribute("to")?.Value ?? inboundFrom,
                From: m.Attribute("from")?.Value ?? inboundTo,
                Body: Text(m)))
            .ToList();
        return (replies, null);
    }

    private static string Text(XElement message)
    {
        var bodies = message.Elements().Where(e => e.Name.LocalName == "Body").Select(b => b.Value).ToList();
        return (bodies.Count > 0 ? string.Concat(bodies) : string.Concat(message.Nodes().OfType<XText>().Select(t => t.Value))).Trim();
    }
}
