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
}
