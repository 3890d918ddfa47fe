namespace AiPhoneCoverage.CallLoad;

/// <summary>Where the calls of one side go: the voice and status URLs, and whether its greeting should name the caller.</summary>
internal sealed record LoadTarget(string Name, Uri VoiceUrl, Uri StatusUrl, bool IdentifiesCaller)
{
    public TargetRecorder Recorder { get; } = new(Name);
}
