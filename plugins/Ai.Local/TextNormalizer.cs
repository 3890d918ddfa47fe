using System.Text;

namespace AiPhoneCoverage.Plugins.Ai.Local;

/// <summary>
/// Folds what callers' phones and keyboards produce into plain lowercase text: full-width letters (NFKC), curly quotes,
/// and the Cyrillic and Greek letters that look like Latin ones ("ѕmоkе").
/// </summary>
internal static class TextNormalizer
{
    private static readonly Dictionary<char, char> LookAlikes = new()
    {
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x', ['ѕ'] = 's', ['і'] = 'i', ['ј'] = 'j',
        ['к'] = 'k', ['м'] = 'm', ['т'] = 't', ['в'] = 'b', ['н'] = 'h', ['ο'] = 'o', ['α'] = 'a', ['ε'] = 'e', ['ι'] = 'i', ['ν'] = 'v',
        ['’'] = '\'', ['‘'] = '\'', ['`'] = '\'',
    };

    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            builder.Append(LookAlikes.TryGetValue(c, out var latin) ? latin : c);
        }

        return builder.ToString();
    }
}
