namespace AiPhoneCoverage.Sdk;

/// <summary>Something the hub wants done on a live call; the provider renders it (TwiML for Twilio).</summary>
public abstract record CallAction;

/// <summary>Say a sentence.</summary>
/// <param name="Text">What to say.</param>
public sealed record Say(string Text) : CallAction;

/// <summary>Ask a question and listen for the answer.</summary>
/// <param name="Prompt">The question.</param>
/// <param name="Hints">Words the answer is likely to contain, to help recognition.</param>
/// <param name="Turn">The turn number the answer will belong to.</param>
/// <param name="AcceptDigits">Whether key presses are accepted as well as speech.</param>
public sealed record Ask(string Prompt, IReadOnlyList<string> Hints, int Turn, bool AcceptDigits = false) : CallAction;

/// <summary>Connect the caller to a person.</summary>
/// <param name="Number">The number to dial, E.164.</param>
public sealed record Transfer(string Number) : CallAction;

/// <summary>End the call.</summary>
public sealed record Hangup : CallAction;
