namespace AiPhoneCoverage.Plugins.Vendors.Generic;

/// <summary>What a vendor may put in an answer's body: its id for the job and its status word. Both are optional.</summary>
internal sealed record VendorAnswer(string? Id, string? Status);

/// <summary>What a refusal's body may say: <c>error</c> or <c>message</c>. Nothing else of it reaches a message.</summary>
internal sealed record VendorRefusal(string? Error, string? Message);
