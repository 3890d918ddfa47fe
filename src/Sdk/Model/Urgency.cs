using System.Text.Json.Serialization;

namespace AiPhoneCoverage.Sdk;

/// <summary>How soon a request must be handled. On every wire and file format: <c>emergency</c>, <c>urgent</c>, <c>routine</c>, <c>none</c>.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<Urgency>))]
public enum Urgency
{
    /// <summary>Not a maintenance request: a message or callback to the office.</summary>
    None,

    /// <summary>Business hours.</summary>
    Routine,

    /// <summary>Within 24 hours; after hours, first thing next morning.</summary>
    Urgent,

    /// <summary>Dispatch the on-call technician now and escalate until someone acknowledges.</summary>
    Emergency,
}
