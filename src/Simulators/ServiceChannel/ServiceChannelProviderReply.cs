namespace AiPhoneCoverage.Simulators;

/// <summary>What a simulated provider does with a work order dispatched to it, at once.</summary>
public enum ServiceChannelProviderReply
{
    /// <summary>Nothing yet: the work order stays <c>OPEN</c>.</summary>
    None,

    /// <summary>Confirms it: <c>OPEN/DISPATCH CONFIRMED</c>.</summary>
    Confirm,

    /// <summary>Declines it: <c>OPEN/DECLINED</c>.</summary>
    Decline,
}
