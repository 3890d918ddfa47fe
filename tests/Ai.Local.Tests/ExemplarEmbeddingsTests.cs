using AiPhoneCoverage.Plugins.Ai.Local;

namespace AiPhoneCoverage.Ai.Local.Tests;

public sealed class ExemplarEmbeddingsTests
{
    [Fact]
    public void Embeddings_round_trip_normalised_and_are_refused_for_another_corpus()
    {
        var path = Path.GetTempFileName();
        var hash = Enumerable.Repeat((byte)7, 32).ToArray();
        ExemplarEmbeddings.Write(path, hash, [[3f, 4f], [0f, 2f]]);

        var read = ExemplarEmbeddings.Read(path, hash, 2)!;
        var stale = ExemplarEmbeddings.Read(path, Enumerable.Repeat((byte)8, 32).ToArray(), 2);
        var wrongCount = ExemplarEmbeddings.Read(path, hash, 3);
        File.Delete(path);

        Assert.Equal(0.6f, read[0][0], 0.001f);
        Assert.Equal(0.8f, read[0][1], 0.001f);
        Assert.Equal(1f, read[1][1], 0.001f);
        Assert.Null(stale);
        Assert.Null(wrongCount);
    }

    [Fact]
    public void The_shipped_embeddings_were_computed_from_the_shipped_corpus()
    {
        var corpus = ExemplarCorpus.Load(Path.Combine(LocalIntentModel.CorpusFolder, "exemplars.jsonl"));

        var vectors = ExemplarEmbeddings.Read(Path.Combine(LocalIntentModel.CorpusFolder, "exemplars.embeddings"), corpus.Hash, corpus.Exemplars.Count);

        Assert.True(vectors is not null, "Corpus/exemplars.embeddings is stale: run `dotnet run --project tools/EmbedCorpus -c Release`");
        Assert.Equal(384, vectors[0].Length);
    }
}
