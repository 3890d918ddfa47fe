namespace AiPhoneCoverage.Sdk;

/// <summary>How the hub reached someone through a telephony provider: a text or a notification call.</summary>
public enum OutboundChannel
{
    /// <summary>A text message (<see cref="ITelephonyProvider.SendSmsAsync"/>).</summary>
    Sms,

    /// <summary>A notification call (<see cref="ITelephonyProvider.PlaceCallAsync"/>).</summary>
    Call,
}
