namespace AiPhoneCoverage.Hub.Routing;

/// <summary>The <c>kind</c> column of an on-call CSV.</summary>
internal enum OnCallCsvKind
{
    Member,
    Escalation,
    Override,
}
