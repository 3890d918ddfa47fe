namespace AiPhoneCoverage.Simulators;

/// <summary>How a scripted call ended, and the detail that goes with it.</summary>
/// <param name="Reason">Hangup, transfer, recording or error.</param>
/// <param name="Detail">The number dialled for a transfer, the recording sid for a recording, what went wrong for an error; null for a hangup.</param>
public sealed record CallEnding(CallEndReason Reason, string? Detail)
{
    public static CallEnding Hangup() => new(CallEndReason.Hangup, null);

    public static CallEnding Transfer(string number) => new(CallEndReason.Transfer, number);

    public static CallEnding Recording(string recordingSid) => new(CallEndReason.Recording, recordingSid);

    public static CallEnding Error(string detail) => new(CallEndReason.Error, detail);
}
