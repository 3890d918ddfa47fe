using System.Text.Json.Serialization;

namespace AiPhoneCoverage.Sdk;

/// <summary>Whether a technician may enter the unit when nobody is home.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<PermissionToEnter>))]
public enum PermissionToEnter
{
    /// <summary>Not asked or not known.</summary>
    Unknown,

    /// <summary>Enter at any time.</summary>
    Granted,

    /// <summary>Call the resident before entering.</summary>
    CallFirst,

    /// <summary>Only with the resident present.</summary>
    Denied,
}
