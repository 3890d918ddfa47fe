namespace AiPhoneCoverage.Hub.Residents;

/// <summary>Shares one string instance for repeated values (first names, unit codes) while the roster index loads.</summary>
internal sealed class StringPool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);

    public string Get(string value)
    {
        if (_strings.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        _strings.Add(value);
        return value;
    }
}
