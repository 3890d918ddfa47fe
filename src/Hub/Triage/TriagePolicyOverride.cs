namespace AiPhoneCoverage.Hub.Triage;

/// <summary>
/// A draft policy that `aipc triage --policy FILE` evaluates instead of the published one, in that command's own process
/// only; <see langword="null"/> everywhere else.
/// </summary>
internal sealed class TriagePolicyOverride
{
    public TriagePolicy? Policy { get; set; }
}
