namespace AiPhoneCoverage.Simulators;

/// <summary>How a scripted call ended.</summary>
public enum CallEndReason
{
    /// <summary>A Hangup verb, or a document ran out of verbs.</summary>
    Hangup,

    /// <summary>A Dial verb handed the caller to a person.</summary>
    Transfer,

    /// <summary>The caller left a recorded message (Record), and the call ended after the document its action returned.</summary>
    Recording,

    /// <summary>The hub failed the call: no answer, a non-2xx status, invalid TwiML, or the 60-exchange cap.</summary>
    Error,
}
