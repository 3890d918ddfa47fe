namespace AiPhoneCoverage.Simulators;

/// <summary>An operation of an ASMX interface: its parameters in order, and whether its result is a plain string or an XML document.</summary>
internal sealed record YardiOperationSpec(string Name, IReadOnlyList<YardiParameter> Parameters, bool StringResult = false);
