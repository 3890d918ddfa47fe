namespace AiPhoneCoverage.Sdk;

/// <summary>A telephony provider (Twilio first): verifies and parses webhooks, renders call actions, sends texts and places calls.</summary>
public interface ITelephonyProvider
{
    /// <summary>Verifies the webhook's signature with the account's secret, then parses it.</summary>
    /// <param name="account">The portfolio's account.</param>
    /// <param name="webhook">The request as received.</param>
    /// <returns>The event; an error with code <c>bad_signature</c> when verification fails, <c>malformed</c> when it cannot be parsed.</returns>
    Result<CallEvent> ParseWebhook(TelephonyAccount account, TelephonyWebhook webhook);

    /// <summary>Renders call actions into the provider's response format (TwiML for Twilio).</summary>
    /// <param name="account">The portfolio's account (voice, language, public URL).</param>
    /// <param name="actions">What to do, in order.</param>
    /// <param name="routes">The hub's routes the provider's answers must go to.</param>
    /// <returns>The response body.</returns>
    TelephonyResponse Render(TelephonyAccount account, IReadOnlyList<CallAction> actions, CallRoutes routes);

    /// <summary>Sends a text message.</summary>
    /// <param name="account">The portfolio's account.</param>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The provider's message id.</returns>
    Task<Result<string>> SendSmsAsync(TelephonyAccount account, OutboundMessage message, CancellationToken cancellationToken);

    /// <summary>Places a notification call that reads the text and asks to press 1 to accept.</summary>
    /// <param name="account">The portfolio's account.</param>
    /// <param name="message">The call to place.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The provider's call id.</returns>
    Task<Result<string>> PlaceCallAsync(TelephonyAccount account, OutboundMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Lists the texts or calls the provider holds from <see cref="SentLookup.From"/> to <see cref="SentLookup.To"/> created
    /// at or after <see cref="SentLookup.Since"/>, so that the hub can tell, before resending an attempt whose outcome is
    /// unknown, whether the provider already has it. Added in SDK 1.1.
    /// </summary>
    /// <remarks>
    /// The records come newest first. A provider reads a bounded number of its pages (Twilio: at most 5 pages of 100);
    /// when that bound is reached while records in range may remain, it returns an error of kind
    /// <see cref="ErrorKind.Unknown"/> with code <c>lookup_truncated</c> rather than a partial list. The default
    /// implementation, for providers built against SDK 1.0, returns an error of kind <see cref="ErrorKind.Unknown"/> with
    /// code <c>lookup_unsupported</c>: the hub cannot know, and must not resend blindly.
    /// </remarks>
    /// <param name="account">The portfolio's account.</param>
    /// <param name="lookup">The channel, the two numbers and the earliest creation time.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Every matching record, newest first; an empty list when there is none.</returns>
    Task<Result<IReadOnlyList<SentRecord>>> FindSentAsync(TelephonyAccount account, SentLookup lookup, CancellationToken cancellationToken) =>
        Task.FromResult<Result<IReadOnlyList<SentRecord>>>(ProviderError.Unknown(
            "lookup_unsupported", "this telephony provider cannot list what it has sent, so whether an attempt reached it is unknown."));
}
