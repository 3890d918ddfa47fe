namespace AiPhoneCoverage.Plugins.Vendors.ServiceChannel;

/// <summary>Text from ServiceChannel made safe for an operator-facing message: no sent secret or resident text, one line, short.</summary>
internal static class ErrorText
{
    private const int MaxLength = 240;

    public static string Clean(string text, IEnumerable<string?> sensitive)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var value in sensitive.OfType<string>().Where(v => v.Length >= 4).OrderByDescending(v => v.Length))
        {
            text = text.Replace(value, "***", StringComparison.OrdinalIgnoreCase);
        }

        text = string.Join(' ', text.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= MaxLength ? text : text[..MaxLength] + "…";
    }
}
