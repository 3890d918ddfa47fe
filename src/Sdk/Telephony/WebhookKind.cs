namespace AiPhoneCoverage.Sdk;

/// <summary>The webhook routes a telephony provider calls.</summary>
public enum WebhookKind
{
    /// <summary>A call comes in.</summary>
    IncomingCall,

    /// <summary>The caller answered a prompt (speech or digits).</summary>
    Gather,

    /// <summary>The call's status changed.</summary>
    CallStatus,

    /// <summary>A text message came in.</summary>
    IncomingSms,

    /// <summary>A recording finished.</summary>
    Recording,

    /// <summary>Someone pressed a key on a notification call the hub placed.</summary>
    Reply,
}
