namespace AiPhoneCoverage.Hub.Workflows.Definitions;

/// <summary>Which version of a definition to read.</summary>
internal enum VersionOptions
{
    /// <summary>The highest version, draft or published.</summary>
    Latest,

    /// <summary>The highest published version: what new instances run.</summary>
    Published,

    /// <summary>The draft, if there is one.</summary>
    Draft,
}
