namespace AiPhoneCoverage.Hub.Storage;

/// <summary>A contact's place in a rotation: a member taking turns, or an escalation contact paged after the one on call.</summary>
internal sealed class OnCallMemberRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid RotationId { get; set; }

    /// <summary>False for a member of the rotation, true for an escalation contact.</summary>
    public bool Escalation { get; set; }

    /// <summary>0-based order: the rotation's turn order, or the escalation order.</summary>
    public int Position { get; set; }

    public Guid ContactId { get; set; }
}
