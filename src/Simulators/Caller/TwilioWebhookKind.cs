namespace AiPhoneCoverage.Simulators;

/// <summary>Why the scripted caller sent a webhook.</summary>
public enum TwilioWebhookKind
{
    /// <summary>The call arrived: the number's voice URL, with CallStatus=ringing.</summary>
    IncomingCall,

    /// <summary>A Gather finished: its action, with SpeechResult and Confidence, Digits, or nothing.</summary>
    GatherAction,

    /// <summary>A Redirect verb.</summary>
    Redirect,

    /// <summary>A Record finished: its action, with RecordingUrl, RecordingSid and RecordingDuration.</summary>
    RecordAction,

    /// <summary>The final call status callback.</summary>
    StatusCallback,

    /// <summary>A webhook a test signed and sent by itself.</summary>
    Standalone,

    /// <summary>A call the account placed with a Url was answered: that Url, with CallStatus=in-progress.</summary>
    CallAnswered,

    /// <summary>A text came in: the number's messaging URL, with MessageSid, From, To and Body.</summary>
    IncomingMessage,
}
