namespace AiPhoneCoverage.Plugins.Vendors.Generic;

/// <summary>What a vendor may put in an answer's body: its id for the job and its status word. Both are optional.</summary>
internal sealed record VendorAnswer(string? Id, string? Status);
