namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>Whether a call only reads (retrying it is harmless) or may have changed something (a lost answer is an unknown outcome).</summary>
internal enum RpxCallKind
{
    Read,
    Write,
}
