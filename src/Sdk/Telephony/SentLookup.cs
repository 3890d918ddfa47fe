namespace AiPhoneCoverage.Sdk;

/// <summary>
/// What to look for in the provider's own records before resending a text or a call whose outcome is unknown
/// (<see cref="ErrorKind.Unknown"/>): everything on the account from <paramref name="From"/> to <paramref name="To"/>
/// created at or after <paramref name="Since"/>.
/// </summary>
/// <param name="Channel">Texts or calls.</param>
/// <param name="From">The hub's number the attempt was sent from, as in <see cref="OutboundMessage.From"/>.</param>
/// <param name="To">The recipient, E.164, as in <see cref="OutboundMessage.To"/>.</param>
/// <param name="Since">
/// The earliest creation time to report: a moment before the first attempt started (allow for clock skew between the hub
/// and the provider).
/// </param>
public sealed record SentLookup(OutboundChannel Channel, string From, string To, DateTimeOffset Since);
