using System.Buffers.Binary;

namespace AiPhoneCoverage.Plugins.Ai.Local;

/// <summary>
/// The corpus's sentence embeddings, computed once by tools/EmbedCorpus and shipped beside the corpus
/// (Corpus/exemplars.embeddings): "AIPCEMB1", count, dimensions, the corpus's SHA-256, then half-precision vectors,
/// L2-normalised. Loading them takes milliseconds; computing them takes seconds per thousand exemplars.
/// </summary>
internal static class ExemplarEmbeddings
{
    private static readonly byte[] Magic = "AIPCEMB1"u8.ToArray();

    public static void Write(string path, byte[] corpusHash, IReadOnlyList<float[]> vectors)
    {
        var dimensions = vectors[0].Length;
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream);
        writer.Write(Magic);
        writer.Write(vectors.Count);
        writer.Write(dimensions);
        writer.Write(corpusHash);
        foreach (var vector in vectors)
        {
            foreach (var value in Normalize(vector))
            {
                writer.Write((Half)value);
            }
        }
    }

    /// <summary>The vectors, or null when the file is missing or was computed from another corpus.</summary>
    public static float[][]? Read(string path, byte[] corpusHash, int expectedCount)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 48 || !bytes.AsSpan(0, 8).SequenceEqual(Magic) || !bytes.AsSpan(16, 32).SequenceEqual(corpusHash))
        {
            return null;
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8));
        var dimensions = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12));
        if (count != expectedCount || bytes.Length != 48 + (count * dimensions * 2))
        {
            return null;
        }

        var vectors = new float[count][];
        var offset = 48;
        for (var i = 0; i < count; i++)
        {
            vectors[i] = new float[dimensions];
            for (var d = 0; d < dimensions; d++, offset += 2)
            {
                vectors[i][d] = (float)BinaryPrimitives.ReadHalfLittleEndian(bytes.AsSpan(offset));
            }
        }

        return vectors;
    }

    public static float[] Normalize(float[] vector)
    {
        var norm = MathF.Sqrt(System.Numerics.Tensors.TensorPrimitives.SumOfSquares(vector));
        if (norm > 0)
        {
            System.Numerics.Tensors.TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }
}
