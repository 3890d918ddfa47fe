namespace AiPhoneCoverage.Hub.Routing;

/// <summary>
/// Who is on call for a property and trade at an instant: the contact and the rule that chose it, or nobody and the
/// reason. <see cref="Until"/> is when the answer next changes (null when it does not within the look-ahead), and
/// <see cref="Next"/> who is on call from then (null for nobody).
/// </summary>
internal sealed record OnCallAnswer(OnCallContact? Contact, OnCallRule? Rule, string? Reason)
{
    public DateTimeOffset? Until { get; init; }

    public OnCallContact? Next { get; init; }

    /// <summary>The escalation contacts of the rule's rotation, in order (for the pager, after the contact on call).</summary>
    public IReadOnlyList<OnCallContact> Escalation { get; init; } = [];

    public static OnCallAnswer Nobody(string reason) => new(null, null, reason);

    /// <summary>Whether two answers name the same contact by the same rule (the same shift, override or nobody).</summary>
    public bool SameAs(OnCallAnswer other) =>
        Contact?.Id == other.Contact?.Id
        && Rule?.Kind == other.Rule?.Kind
        && Rule?.RotationId == other.Rule?.RotationId
        && Rule?.MemberIndex == other.Rule?.MemberIndex
        && Rule?.Override?.Id == other.Rule?.Override?.Id;
}
