namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>How a page reaches someone.</summary>
internal static class EscalationChannels
{
    public const string Sms = "sms";

    /// <summary>A call that reads the work order and asks to press 1 to accept.</summary>
    public const string Voice = "voice";

    /// <summary>A signed link in the text, for acknowledgements.</summary>
    public const string Link = "link";
}
