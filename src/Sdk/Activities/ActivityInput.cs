namespace AiPhoneCoverage.Sdk;

/// <summary>An input of a contributed activity.</summary>
/// <param name="Name">PascalCase name.</param>
/// <param name="TypeName"><c>String</c>, <c>Boolean</c>, <c>Int32</c>, <c>Double</c>, <c>TimeSpan</c> or <c>Object</c>.</param>
/// <param name="Description">Shown under the field.</param>
/// <param name="Required">Publishing refuses a definition where it is missing and has no default.</param>
/// <param name="DefaultValue">Used when the definition leaves it out.</param>
/// <param name="Options">When set, the Studio shows a dropdown of these values.</param>
public sealed record ActivityInput(
    string Name,
    string TypeName,
    string Description,
    bool Required = false,
    string? DefaultValue = null,
    IReadOnlyList<string>? Options = null);
