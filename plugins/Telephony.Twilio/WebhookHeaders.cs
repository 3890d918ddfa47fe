namespace AiPhoneCoverage.Plugins.Telephony.Twilio;

/// <summary>Reads a request header by name whatever the dictionary's comparer (HTTP header names are case-insensitive).</summary>
internal static class WebhookHeaders
{
    public static string? Find(IReadOnlyDictionary<string, string> headers, string name)
    {
        if (headers.TryGetValue(name, out var value))
        {
            return value;
        }

        foreach (var (key, found) in headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return found;
            }
        }

        return null;
    }
}
