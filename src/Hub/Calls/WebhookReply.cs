namespace AiPhoneCoverage.Hub.Calls;

/// <summary>What the hub answers a telephony webhook: the status and, for a call, the provider's document (TwiML).</summary>
internal sealed record WebhookReply(int Status, string ContentType, string Body)
{
    public static WebhookReply Text(int status, string message) => new(status, "text/plain; charset=utf-8", message);
}
