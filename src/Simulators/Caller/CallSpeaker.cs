namespace AiPhoneCoverage.Simulators;

/// <summary>Who said a transcript line.</summary>
public enum CallSpeaker
{
    /// <summary>The simulated resident.</summary>
    Caller,

    /// <summary>The hub, through a Say verb.</summary>
    Hub,
}
