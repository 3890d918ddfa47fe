using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Storage;

/// <summary>Parses stored snake_case enum values; an unknown value in the database is a bug, so it throws.</summary>
internal static class WireEnum
{
    public static TEnum Parse<TEnum>(string value)
        where TEnum : struct, Enum =>
        WireNames.TryParse<TEnum>(value, out var parsed)
            ? parsed
            : throw new InvalidDataException($"'{value}' is not a {typeof(TEnum).Name}.");
}
