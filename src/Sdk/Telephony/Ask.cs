namespace AiPhoneCoverage.Sdk;

/// <summary>Ask a question and listen for the answer.</summary>
/// <param name="Prompt">The question.</param>
/// <param name="Hints">Words the answer is likely to contain, to help recognition.</param>
/// <param name="Turn">The turn number the answer will belong to.</param>
/// <param name="AcceptDigits">Whether key presses are accepted as well as speech.</param>
public sealed record Ask(string Prompt, IReadOnlyList<string> Hints, int Turn, bool AcceptDigits = false) : CallAction;
