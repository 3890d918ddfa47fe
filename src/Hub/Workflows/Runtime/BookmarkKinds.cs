namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>What a bookmark waits for.</summary>
internal static class BookmarkKinds
{
    public const string Input = "input";
    public const string Acknowledgement = "acknowledgement";
    public const string Timer = "timer";
}
