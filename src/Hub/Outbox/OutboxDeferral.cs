using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>
/// A delivery that did not try (it waits for its turn): the row is due again after the given wait, the attempt does
/// not count (nothing was sent, so the next attempt need not look first), no backoff grows, and nothing is audited.
/// </summary>
internal static class OutboxDeferral
{
    public const string Code = "deferred";

    public static ProviderError Error(string why, TimeSpan wait) => ProviderError.Transient(Code, why) with { RetryAfter = wait };

    public static bool Is(ProviderError error) => error.Code == Code;
}
