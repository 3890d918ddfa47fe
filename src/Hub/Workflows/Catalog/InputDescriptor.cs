namespace AiPhoneCoverage.Hub.Workflows.Catalog;

/// <summary>An input of an activity: what the Studio shows and what the runtime evaluates.</summary>
/// <param name="Name">PascalCase name; in definition JSON the property is its camelCase form.</param>
/// <param name="TypeName">String, Boolean, Int32, Double, TimeSpan or Object.</param>
/// <param name="Description">Shown under the field.</param>
/// <param name="Required">Publishing refuses a definition where it is missing and has no default.</param>
/// <param name="DefaultValue">Applied when the Studio omitted the input (it writes inputs only once edited).</param>
/// <param name="UiHint">singleline, multiline, dropdown, checkbox, ...</param>
/// <param name="Options">Dropdown choices.</param>
internal sealed record InputDescriptor(
    string Name,
    string TypeName,
    string Description,
    bool Required = false,
    string? DefaultValue = null,
    string UiHint = "singleline",
    IReadOnlyList<string>? Options = null)
{
    public string JsonName => char.ToLowerInvariant(Name[0]) + Name[1..];
}
