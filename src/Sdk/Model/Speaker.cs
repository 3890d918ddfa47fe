using System.Text.Json.Serialization;

namespace AiPhoneCoverage.Sdk;

/// <summary>Who spoke a transcript turn.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<Speaker>))]
public enum Speaker
{
    /// <summary>The person calling.</summary>
    Caller,

    /// <summary>The hub's voice.</summary>
    Hub,
}
