namespace AiPhoneCoverage.Simulators;

/// <summary>One entry of an error answer: what is wrong and, when it is about one attribute, which.</summary>
internal sealed record AppFolioFieldError(string Message, string? Field = null);
