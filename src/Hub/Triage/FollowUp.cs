namespace AiPhoneCoverage.Hub.Triage;

/// <summary>The follow-up questions of the policy, each asked only when its answer would change the urgency.</summary>
internal enum FollowUp
{
    /// <summary>"Is water still flowing right now, or has it stopped?"</summary>
    WaterStillFlowing,

    /// <summary>"What is the temperature inside? Is anyone elderly, an infant or unwell at home?"</summary>
    TemperatureAndOccupants,

    /// <summary>"Is it the only toilet in your home?"</summary>
    OnlyToilet,

    /// <summary>"Is it only your home, or are hallways and neighbours out too?"</summary>
    PowerScope,

    /// <summary>"Can you lock your home right now?"</summary>
    CanLock,
}
