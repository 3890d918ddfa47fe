namespace AiPhoneCoverage.Hub.Routing;

/// <summary>
/// Why a contact is on call: an override of a rotation, or a rotation's member <see cref="MemberIndex"/> (0-based) of
/// <see cref="MemberCount"/>. <see cref="Fallback"/> when it is not the property's own rotation for the trade asked (the
/// general trade, a portfolio-wide rotation, or both); <see cref="Skipped"/> says why the rotations asked before this one
/// did not answer.
/// </summary>
internal sealed record OnCallRule(
    OnCallRuleKind Kind,
    Guid RotationId,
    string Rotation,
    string Trade,
    bool PortfolioWide,
    int? MemberIndex,
    int MemberCount,
    OnCallOverride? Override,
    bool Fallback,
    IReadOnlyList<string> Skipped)
{
    public string Describe()
    {
        var where = PortfolioWide ? "portfolio-wide " : string.Empty;
        return Kind == OnCallRuleKind.Override
            ? $"override of {where}rotation '{Rotation}' from {OnCallText.FormatLocal(Override!.FromLocal)} to {OnCallText.FormatLocal(Override.ToLocal)}"
              + (Override.Note is { Length: > 0 } note ? $" ({note})" : string.Empty)
            : $"{where}{Trade} rotation '{Rotation}', member {MemberIndex + 1} of {MemberCount}";
    }
}
