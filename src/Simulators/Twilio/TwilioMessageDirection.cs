namespace AiPhoneCoverage.Simulators;

/// <summary>The values of a message's <c>direction</c>, as Twilio writes them.</summary>
public static class TwilioMessageDirection
{
    /// <summary>Created through the REST API (Messages.json).</summary>
    public const string OutboundApi = "outbound-api";

    /// <summary>A text a phone sent to one of the account's numbers.</summary>
    public const string Inbound = "inbound";

    /// <summary>A <c>&lt;Message&gt;</c> of the TwiML that answered an inbound text.</summary>
    public const string OutboundReply = "outbound-reply";
}
