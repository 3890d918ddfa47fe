namespace AiPhoneCoverage.Simulators;

/// <summary>The call the ledger gave to answer, or why there is none (HTTP status and reason).</summary>
internal sealed record CallToAnswer(TwilioLedgerCall? Call, int Status, string? Problem);
