using System.Globalization;
using System.Text.Json;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// A POST or PUT body of <c>/api/v1/work_orders</c>, read attribute by attribute. Ids may come as strings or numbers;
/// an attribute that is absent or null is left alone.
/// </summary>
internal sealed class AppFolioWorkOrderBody
{
    private readonly JsonElement _root;

    private AppFolioWorkOrderBody(JsonElement root) => _root = root;

    public List<AppFolioFieldError> Errors { get; } = [];

    /// <summary>The body, or null when it is not a JSON object.</summary>
    public static AppFolioWorkOrderBody? Parse(string? body)
    {
        try
        {
            using var json = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "null" : body);
            return json.RootElement.ValueKind == JsonValueKind.Object ? new AppFolioWorkOrderBody(json.RootElement.Clone()) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public bool Has(string name) => _root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public string? Text(string name)
    {
        if (!_root.TryGetProperty(name, out var value))
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString();
            case JsonValueKind.Number:
                return value.GetRawText();
            case JsonValueKind.Null:
                return null;
            default:
                Errors.Add(new AppFolioFieldError($"{name} must be a string", name));
                return null;
        }
    }

    public bool? Flag(string name)
    {
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Errors.Add(new AppFolioFieldError($"{name} must be true or false", name));
        return null;
    }

    public DateTimeOffset? Time(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at;
        }

        Errors.Add(new AppFolioFieldError($"{name} is not a valid date-time", name));
        return null;
    }

    /// <summary>A value that must be one of the customer's list; returns the list's own spelling.</summary>
    public string? OneOf(string name, IReadOnlyList<string> allowed)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (allowed.FirstOrDefault(a => string.Equals(a, text.Trim(), StringComparison.OrdinalIgnoreCase)) is { } match)
        {
            return match;
        }

        Errors.Add(new AppFolioFieldError($"{name} is not included in the list", name));
        return null;
    }

    public void Require(string name, string? value)
    {
        if (value is null && !Errors.Any(e => e.Field == name))
        {
            Errors.Add(new AppFolioFieldError($"{name} can't be blank", name));
        }
    }

    public void NotFound(string name, string what) => Errors.Add(new AppFolioFieldError($"{what} not found", name));
}
