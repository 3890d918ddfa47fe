namespace AiPhoneCoverage.Simulators;

/// <summary>
/// A job a simulated vendor took in from a valid webhook (one per Idempotency-Key), with the fields a test checks
/// (correlation key, category, urgency, not-to-exceed amount, callback URL) and its status now.
/// </summary>
public sealed record VendorJob(
    string Id,
    string VendorCode,
    string IdempotencyKey,
    string? CorrelationKey,
    string? PropertyCode,
    string? UnitCode,
    string? Category,
    string? Urgency,
    decimal? NotToExceed,
    string? CallbackUrl,
    string Status,
    DateTimeOffset ReceivedAt,
    string Body);
