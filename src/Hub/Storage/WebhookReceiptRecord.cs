namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// A webhook the hub has acted on, under its event key (CallSid + kind + turn or status), with the exact response it
/// gave. The primary key makes a second delivery fail to insert, so a retried or replayed webhook gets the first
/// response again and changes nothing.
/// </summary>
internal sealed class WebhookReceiptRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public required string EventKey { get; set; }

    public required string CallSid { get; set; }

    public int ResponseStatus { get; set; }

    public required string ResponseContentType { get; set; }

    public required string ResponseBody { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
