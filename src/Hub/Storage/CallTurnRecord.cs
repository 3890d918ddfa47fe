namespace AiPhoneCoverage.Hub.Storage;

/// <summary>One line of a call's transcript: who spoke, what, when, and how sure the recogniser was.</summary>
internal sealed class CallTurnRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid CallId { get; set; }

    /// <summary>Position in the transcript, from 1, without gaps.</summary>
    public int Seq { get; set; }

    /// <summary>caller or hub.</summary>
    public required string Speaker { get; set; }

    public required string Text { get; set; }

    /// <summary>Speech recognition confidence, 0 to 1, for the caller's turns.</summary>
    public double? Confidence { get; set; }

    public DateTimeOffset At { get; set; }
}
