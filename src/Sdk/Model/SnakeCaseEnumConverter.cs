using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiPhoneCoverage.Sdk;

/// <summary>
/// Writes and reads an enum as its lowercase snake_case wire name (<c>LocksAccess</c> is <c>locks_access</c>). Numbers,
/// C# names and unknown names are refused, so that a typo in a file or a webhook never becomes a silent default.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class SnakeCaseEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A {typeof(TEnum).Name} must be one of: {string.Join(", ", WireNames.All<TEnum>())}.");
        }

        var text = reader.GetString();
        return WireNames.TryParse<TEnum>(text, out var value) && WireNames.ToWire(value) == text
            ? value
            : throw new JsonException($"'{text}' is not a {typeof(TEnum).Name}; expected one of: {string.Join(", ", WireNames.All<TEnum>())}.");
    }

    /// <inheritdoc />
    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return WireNames.TryParse<TEnum>(text, out var value) && WireNames.ToWire(value) == text
            ? value
            : throw new JsonException($"'{text}' is not a {typeof(TEnum).Name}; expected one of: {string.Join(", ", WireNames.All<TEnum>())}.");
    }

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(WireNames.ToWire(value));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(WireNames.ToWire(value));
    }
}
