namespace AiPhoneCoverage.Sdk;

/// <summary>
/// The hub's webhook routes for one portfolio and provider, relative to <see cref="TelephonyAccount.PublicBaseUrl"/>:
/// <c>{BasePath}/voice</c>, <c>/gather?turn=N</c>, <c>/status</c>, <c>/sms</c>, <c>/recording</c> and <c>/reply</c>.
/// </summary>
/// <param name="BasePath">For example <c>/telephony/twilio/demo</c>.</param>
public sealed record CallRoutes(string BasePath)
{
    /// <summary>Where the caller's answer to the prompt of this turn is posted.</summary>
    /// <param name="turn">The hub's turn number.</param>
    /// <returns>The path and query.</returns>
    public string Gather(int turn) => $"{BasePath}/gather?turn={turn}";

    /// <summary>Where a finished recording is posted.</summary>
    public string Recording => $"{BasePath}/recording";

    /// <summary>Where the key pressed on a notification call is posted.</summary>
    public string Reply => $"{BasePath}/reply";

    /// <summary>Where call status changes are posted.</summary>
    public string Status => $"{BasePath}/status";

    /// <summary>The path for a webhook kind (gather without its turn).</summary>
    /// <param name="kind">The webhook kind.</param>
    /// <returns>The path.</returns>
    public string PathOf(WebhookKind kind) => kind switch
    {
        WebhookKind.IncomingCall => $"{BasePath}/voice",
        WebhookKind.Gather => $"{BasePath}/gather",
        WebhookKind.CallStatus => Status,
        WebhookKind.IncomingSms => $"{BasePath}/sms",
        WebhookKind.Recording => Recording,
        WebhookKind.Reply => Reply,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
