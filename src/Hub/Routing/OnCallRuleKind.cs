namespace AiPhoneCoverage.Hub.Routing;

/// <summary>Which kind of rule chose the contact on call.</summary>
internal enum OnCallRuleKind
{
    /// <summary>An override of a rotation covered the instant.</summary>
    Override,

    /// <summary>The rotation's member whose turn it is.</summary>
    Rotation,
}
