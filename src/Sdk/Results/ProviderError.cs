namespace AiPhoneCoverage.Sdk;

/// <summary>An expected failure reported by a provider: a code the hub can act on and a message for operators.</summary>
/// <param name="Code">A stable snake_case code, for example <c>bad_credentials</c> or <c>unknown_unit</c>.</param>
/// <param name="Message">A clear sentence for the operator. Never contains secrets or resident data.</param>
/// <param name="Kind">Whether retrying may help.</param>
public sealed record ProviderError(string Code, string Message, ErrorKind Kind = ErrorKind.Permanent)
{
    /// <summary>A failure that retrying later may fix (timeout, 5xx, throttling).</summary>
    /// <param name="code">The stable snake_case code.</param>
    /// <param name="message">The operator-facing message.</param>
    /// <returns>An error of kind <see cref="ErrorKind.Transient"/>.</returns>
    public static ProviderError Transient(string code, string message) => new(code, message, ErrorKind.Transient);

    /// <summary>A failure that retrying cannot fix (bad credentials, unknown unit, invalid input).</summary>
    /// <param name="code">The stable snake_case code.</param>
    /// <param name="message">The operator-facing message.</param>
    /// <returns>An error of kind <see cref="ErrorKind.Permanent"/>.</returns>
    public static ProviderError Permanent(string code, string message) => new(code, message, ErrorKind.Permanent);

    /// <summary>The outcome is not known (the request may or may not have taken effect); search before retrying.</summary>
    /// <param name="code">The stable snake_case code.</param>
    /// <param name="message">The operator-facing message.</param>
    /// <returns>An error of kind <see cref="ErrorKind.Unknown"/>.</returns>
    public static ProviderError Unknown(string code, string message) => new(code, message, ErrorKind.Unknown);

    /// <summary>How long the provider asked the hub to wait before trying again (a Retry-After), if it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The provider is throttling: retry after the time it asked for.</summary>
    /// <param name="message">The operator-facing message.</param>
    /// <param name="retryAfter">The provider's Retry-After.</param>
    /// <returns>An error of kind <see cref="ErrorKind.Transient"/> with code <c>throttled</c>.</returns>
    public static ProviderError Throttled(string message, TimeSpan? retryAfter) => new("throttled", message, ErrorKind.Transient) { RetryAfter = retryAfter };

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}
