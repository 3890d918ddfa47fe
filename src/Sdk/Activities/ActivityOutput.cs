namespace AiPhoneCoverage.Sdk;

/// <summary>An output of a contributed activity.</summary>
/// <param name="Name">PascalCase name.</param>
/// <param name="TypeName">Its type, as for inputs.</param>
/// <param name="Description">One sentence.</param>
public sealed record ActivityOutput(string Name, string TypeName, string Description);
