namespace AiPhoneCoverage.Simulators;

/// <summary>A call for the <see cref="ScriptedCaller"/> to place: where the hub is, the account, and what the caller says.</summary>
public sealed record ScriptedCallRequest
{
    /// <summary>The hub's voice URL (absolute): the incoming-call webhook goes there.</summary>
    public required Uri VoiceUrl { get; init; }

    /// <summary>The hub's status callback URL; null sends no status callback.</summary>
    public Uri? StatusCallbackUrl { get; init; }

    /// <summary>The account the call belongs to: AC and 32 hex digits.</summary>
    public required string AccountSid { get; init; }

    /// <summary>The account's auth token, which signs every webhook.</summary>
    public required string AuthToken { get; init; }

    /// <summary>The caller's number (E.164).</summary>
    public required string From { get; init; }

    /// <summary>The number called: the property's Twilio number.</summary>
    public required string To { get; init; }

    /// <summary>What the caller says, one entry per Gather or Record; <c>press:1</c> presses keys instead of speaking.</summary>
    public IReadOnlyList<string> Turns { get; init; } = [];

    /// <summary>The Confidence sent with each SpeechResult, from 0 to 1.</summary>
    public double SpeechConfidence { get; init; } = 0.92;

    /// <summary>The shortest pause before each turn.</summary>
    public TimeSpan MinThinkTime { get; init; }

    /// <summary>The longest pause before each turn; each pause is drawn evenly between the two.</summary>
    public TimeSpan MaxThinkTime { get; init; }

    /// <summary>Posts every webhook twice, as a retrying Twilio might, and checks the second answer is byte for byte the first.</summary>
    public bool DeliverTwice { get; init; }
}
