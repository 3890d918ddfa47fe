namespace AiPhoneCoverage.Simulators;

/// <summary>
/// One webhook the endpoint received, whatever became of it: the vendor, the raw body and headers that matter, whether
/// the signature held (and why not), and the status it was answered with (0 when the connection was dropped).
/// </summary>
public sealed record VendorDelivery(
    string VendorCode,
    DateTimeOffset ReceivedAt,
    string Body,
    string? IdempotencyKey,
    string? Signature,
    bool SignatureValid,
    string? Rejection,
    int AnsweredStatus,
    string? JobId);
