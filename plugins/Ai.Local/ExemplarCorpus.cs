using System.Security.Cryptography;
using System.Text.Json;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Ai.Local;

/// <summary>The labelled utterances the classifier compares a caller's words with (Corpus/exemplars.jsonl, written by the team).</summary>
internal sealed class ExemplarCorpus
{
    private ExemplarCorpus(IReadOnlyList<(Category Category, string Text)> exemplars, byte[] hash)
    {
        Exemplars = exemplars;
        Hash = hash;
    }

    public IReadOnlyList<(Category Category, string Text)> Exemplars { get; }

    /// <summary>SHA-256 of the corpus file: the shipped embeddings name the corpus they were computed from.</summary>
    public byte[] Hash { get; }

    public static ExemplarCorpus Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var exemplars = new List<(Category, string)>();
        foreach (var line in System.Text.Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            using var json = JsonDocument.Parse(line);
            var category = json.RootElement.GetProperty("category").GetString();
            if (!WireNames.TryParse<Category>(category, out var parsed))
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}: unknown category '{category}'");
            }

            exemplars.Add((parsed, json.RootElement.GetProperty("text").GetString()!));
        }

        return new ExemplarCorpus(exemplars, SHA256.HashData(bytes));
    }
}
