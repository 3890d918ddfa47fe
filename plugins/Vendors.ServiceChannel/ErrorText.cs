namespace AiPhoneCoverage.Plugins.Vendors.ServiceChannel;

/// <summary>Text from ServiceChannel made safe for an operator-facing message: no sent secret or resident text, one line, short.</summary>
internal static class ErrorText
{
    private const int MaxLength = 240;

    public static string Clean(string text, IEnumerable<string?> sensitive)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var value in sensitive.OfType<string>().SelectMany(Forms).Where(v => v.Length >= 4).Distinct().OrderByDescending(v => v.Length))
        {
            text = text.Replace(value, "***", StringComparison.OrdinalIgnoreCase);
        }

        text = string.Join(' ', text.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= MaxLength ? text : text[..MaxLength] + "…";
    }

    // A value echoed back may come JSON-escaped (+ as \u002B) or, for a phone number, without its +.
    private static IEnumerable<string> Forms(string value)
    {
        yield return value;
        yield return System.Text.Json.JsonEncodedText.Encode(value).ToString();
        if (value.StartsWith('+') && value.Skip(1).All(char.IsAsciiDigit))
        {
            yield return value[1..];
        }
    }
}
