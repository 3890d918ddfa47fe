namespace AiPhoneCoverage.Sdk;

/// <summary>A text message or a notification call to place.</summary>
/// <param name="From">The hub's number.</param>
/// <param name="To">The recipient, E.164.</param>
/// <param name="Text">The text to send, or to read out on a call.</param>
/// <param name="IdempotencyKey">The hub's key for this message, so a retry does not send twice where the provider allows.</param>
/// <param name="ReplyPath">For a notification call: the hub path (see <see cref="CallRoutes.Reply"/>) the pressed key is posted to, with the hub's query.</param>
public sealed record OutboundMessage(string From, string To, string Text, string IdempotencyKey, string? ReplyPath = null);
