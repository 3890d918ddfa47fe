using System.Text.Json;
using AiPhoneCoverage.Hub.Storage;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>A queued text message: from one of the portfolio's numbers to a resident.</summary>
internal sealed record SmsPayload(string From, string To, string Text)
{
    public string ToJson() => JsonSerializer.Serialize(this, AuditJson.Options);

    public static SmsPayload Read(string json) => JsonSerializer.Deserialize<SmsPayload>(json, AuditJson.Options)!;
}
