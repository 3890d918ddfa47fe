namespace AiPhoneCoverage.Hub.Storage;

/// <summary>A unit of work tried to write a row of a portfolio outside its scope: a programming error, never data.</summary>
internal sealed class CrossPortfolioWriteException(string entity)
    : InvalidOperationException($"A {entity} row of another portfolio was written outside its portfolio scope.");
