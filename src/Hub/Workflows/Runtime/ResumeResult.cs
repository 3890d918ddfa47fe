namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>What a resume found: the instance moved on, or there was nothing to resume (already resumed, finished, unknown).</summary>
internal enum ResumeResult
{
    Resumed,
    NoSuchInstance,
    NoSuchBookmark,
}
