using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace AiPhoneCoverage.Sdk;

/// <summary>The snake_case names that enums such as <see cref="Urgency"/> and <see cref="Category"/> carry on the wire.</summary>
public static class WireNames
{
    /// <summary>The wire name of a value: <c>Category.LocksAccess</c> is <c>locks_access</c>.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The lowercase snake_case name.</returns>
    public static string ToWire<TEnum>(this TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ToWire[value];

    /// <summary>Parses a wire name, case-insensitively; C# names and numbers are refused.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="wire">The snake_case name, for example <c>emergency</c>.</param>
    /// <param name="value">The parsed value.</param>
    /// <returns>Whether the name was known.</returns>
    public static bool TryParse<TEnum>(string? wire, out TEnum value)
        where TEnum : struct, Enum
    {
        if (wire is not null && Names<TEnum>.FromWire.TryGetValue(wire.Trim(), out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Every wire name of an enum, in declaration order.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <returns>The names.</returns>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Names<TEnum>.Ordered;

    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Private cache.")]
    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ToWire = Enum.GetValues<TEnum>()
            .ToFrozenDictionary(v => v, v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()));

        public static readonly FrozenDictionary<string, TEnum> FromWire = ToWire
            .ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

        public static readonly IReadOnlyList<string> Ordered = Enum.GetValues<TEnum>().Select(v => ToWire[v]).ToArray();
    }
}
