namespace AiPhoneCoverage.Simulators;

/// <summary>A request parameter of an ASMX operation: <c>s:string</c> (minOccurs 0), <c>s:dateTime</c> or <c>s:boolean</c> (minOccurs 1), or <c>any</c> XML.</summary>
internal sealed record YardiParameter(string Name, string XsdType = "string")
{
    public bool Required => XsdType is "dateTime" or "boolean";
}
