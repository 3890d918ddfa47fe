namespace AiPhoneCoverage.Hub.Routing;

/// <summary>How long each member of a rotation is on call before the handoff to the next.</summary>
internal enum RotationPeriod
{
    Daily,
    Weekly,
}
