using System.Text.Json;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Workflows.Runtime;

namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>Someone accepted a page: who, and how (sms, link or voice). What resumes the Escalation workflow's wait.</summary>
/// <param name="ContactCode">The contact's code.</param>
/// <param name="ContactName">The contact's name, for the resident's text.</param>
/// <param name="Via">sms, link or voice.</param>
internal sealed record Acknowledgement(string ContactCode, string ContactName, string Via)
{
    public ResumeInput ToResumeInput() => new(BookmarkKinds.Acknowledgement, JsonSerializer.SerializeToNode(this, AuditJson.Options));

    public static Acknowledgement? From(ResumeInput input) =>
        input.Payload is JsonObject payload ? payload.Deserialize<Acknowledgement>(AuditJson.Options) : null;
}
