namespace AiPhoneCoverage.Sdk;

/// <summary>What a vendor answered about a dispatch.</summary>
/// <param name="ExternalId">The vendor's id for the job.</param>
/// <param name="Accepted">Whether the vendor has accepted it.</param>
/// <param name="Status">The vendor's own status text.</param>
public sealed record DispatchReceipt(string ExternalId, bool Accepted, string Status);
