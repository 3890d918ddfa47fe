namespace AiPhoneCoverage.Sdk;

/// <summary>What a PMS answered about a work order.</summary>
/// <param name="ExternalId">The PMS's id for the work order.</param>
/// <param name="Status">The PMS's own status text, for example <c>Call</c> or <c>New</c>.</param>
/// <param name="State">The status mapped to the canonical life cycle.</param>
public sealed record WorkOrderReceipt(string ExternalId, string Status, WorkOrderState State);
