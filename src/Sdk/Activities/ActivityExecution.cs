namespace AiPhoneCoverage.Sdk;

/// <summary>What a contributed activity is given when it runs.</summary>
/// <param name="Inputs">Every input by name, evaluated (Literal, Variable or JavaScript) and converted to its type; defaults applied.</param>
/// <param name="Now">The hub's current time (from its <see cref="TimeProvider"/>).</param>
public sealed record ActivityExecution(IReadOnlyDictionary<string, object?> Inputs, DateTimeOffset Now);
