namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>A tier of an escalation policy, parsed.</summary>
/// <param name="Name">What the trail calls it.</param>
/// <param name="Target">Who is paged.</param>
/// <param name="Channels">sms, voice, or both.</param>
/// <param name="Timeout">How long it waits for an acknowledgement.</param>
/// <param name="Repeats">How many more pages before the next tier.</param>
internal sealed record EscalationTier(string Name, EscalationTarget Target, IReadOnlyList<string> Channels, TimeSpan Timeout, int Repeats)
{
    /// <summary>How many pages the tier sends in all.</summary>
    public int Pages => Repeats + 1;
}
