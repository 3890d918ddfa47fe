using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiPhoneCoverage.Sdk;

/// <summary>Writes and reads an enum as a lowercase snake_case string (<c>LocksAccess</c> is <c>locks_access</c>); numbers are refused.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class SnakeCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter.</summary>
    public SnakeCaseEnumConverter()
        : base(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    {
    }
}
