using System.Text.Json.Serialization;

namespace AiPhoneCoverage.Sdk;

/// <summary>Where a resident stands in the lease cycle, as the PMS reports it.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ResidentStatus>))]
public enum ResidentStatus
{
    /// <summary>Living in the unit now (includes residents on notice).</summary>
    Current,

    /// <summary>Signed, not yet moved in.</summary>
    Future,

    /// <summary>No longer in the PMS roster; kept, never deleted.</summary>
    MovedOut,
}
