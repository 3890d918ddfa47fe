namespace AiPhoneCoverage.Sdk;

/// <summary>A text or call the provider holds, as <see cref="ITelephonyProvider.FindSentAsync"/> reports it.</summary>
/// <param name="Id">The provider's id (a Twilio message or call SID), as the send returned it.</param>
/// <param name="CreatedAt">When the provider created it, by the provider's clock.</param>
/// <param name="Body">The text of a message, to tell the hub's messages apart; null for a call.</param>
public sealed record SentRecord(string Id, DateTimeOffset CreatedAt, string? Body);
