using System.Numerics.Tensors;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Ai.Local;

/// <summary>
/// Nearest exemplars by cosine similarity: each category scores the mean of its <see cref="Neighbours"/> most similar
/// exemplars; the best category wins, its confidence is its share of a softmax over the category scores, and a close
/// runner-up is reported as the alternate.
/// </summary>
internal sealed class ExemplarClassifier(IReadOnlyList<Category> labels, float[][] vectors)
{
    public const int Neighbours = 5;
    private const float Temperature = 0.03f;
    private const float AlternateMargin = 0.04f;

    /// <summary>Below this similarity to every exemplar the words are not a request the corpus knows (another language, noise).</summary>
    public const float MinimumSimilarity = 0.30f;

    /// <summary>The categories, best first, with the score of each (the mean similarity of its nearest exemplars).</summary>
    public IReadOnlyList<(Category Category, float Score)> Rank(float[] query)
    {
        ExemplarEmbeddings.Normalize(query);
        var best = new Dictionary<Category, List<float>>();
        for (var i = 0; i < vectors.Length; i++)
        {
            var similarity = TensorPrimitives.Dot(query, vectors[i]);
            if (!best.TryGetValue(labels[i], out var top))
            {
                best[labels[i]] = top = new List<float>(Neighbours + 1);
            }

            Keep(top, similarity);
        }

        return best.Select(p => (Category: p.Key, Score: p.Value.Average())).OrderByDescending(s => s.Score).ToList();
    }

    /// <summary>The best category, its confidence (its share of a softmax over the scores) and a close runner-up.</summary>
    public static (Category Category, double Confidence, Category? Alternate) Decide(IReadOnlyList<(Category Category, float Score)> ranked)
    {
        if (ranked[0].Score < MinimumSimilarity)
        {
            return (Category.General, 0.05, null);
        }

        var max = ranked[0].Score;
        var total = ranked.Sum(s => MathF.Exp((s.Score - max) / Temperature));
        var alternate = ranked.Count > 1 && ranked[0].Score - ranked[1].Score < AlternateMargin ? ranked[1].Category : (Category?)null;
        return (ranked[0].Category, Math.Round(1 / total, 3), alternate);
    }

    private static void Keep(List<float> top, float similarity)
    {
        if (top.Count < Neighbours)
        {
            top.Add(similarity);
            return;
        }

        var lowest = 0;
        for (var i = 1; i < top.Count; i++)
        {
            if (top[i] < top[lowest])
            {
                lowest = i;
            }
        }

        if (similarity > top[lowest])
        {
            top[lowest] = similarity;
        }
    }
}
