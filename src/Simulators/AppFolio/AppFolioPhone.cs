namespace AiPhoneCoverage.Simulators;

/// <summary>One of a tenant's phone numbers, as AppFolio lists it (pms-apis.md §3.2: <c>PhoneNumbers: [{Type, Number}]</c>).</summary>
/// <param name="Type">Mobile, Home, Work, ...</param>
/// <param name="Number">The number as it was typed in.</param>
public sealed record AppFolioPhone(string Type, string Number);
