using System.Text.Json.Nodes;

namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>What a resume brings: the bookmark's kind as it fired (input, acknowledgement, timer) and its payload.</summary>
internal sealed record ResumeInput(string Kind, JsonNode? Payload = null)
{
    public static ResumeInput Timer { get; } = new(BookmarkKinds.Timer);

    public string? Text => Payload?.GetValueKind() == System.Text.Json.JsonValueKind.String ? Payload.GetValue<string>() : Payload?.ToJsonString();
}
