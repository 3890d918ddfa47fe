using System.Text.Json;
using AiPhoneCoverage.Hub.Storage;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>A queued notification call: read the page, ask to press 1, post the key to the reply path.</summary>
internal sealed record PageCallPayload(string From, string To, string Text, string ReplyPath)
{
    public string ToJson() => JsonSerializer.Serialize(this, AuditJson.Options);

    public static PageCallPayload Read(string json) => JsonSerializer.Deserialize<PageCallPayload>(json, AuditJson.Options)!;
}
