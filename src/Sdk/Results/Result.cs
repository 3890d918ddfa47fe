using System.Diagnostics.CodeAnalysis;

namespace AiPhoneCoverage.Sdk;

/// <summary>The outcome of an operation that returns nothing on success: success, or an expected <see cref="ProviderError"/>.</summary>
public readonly record struct Result
{
    private readonly ProviderError? _error;
    private readonly bool _succeeded;

    private Result(ProviderError? error)
    {
        _error = error;
        _succeeded = error is null;
    }

    /// <summary>The failure, or <see langword="null"/> on success. A default (never set) result is a failure.</summary>
    public ProviderError? Error => _succeeded ? null : _error ?? ProviderError.Permanent("no_result", "The operation returned no result.");

    /// <summary>Whether the operation succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => _succeeded;

    /// <summary>A successful outcome.</summary>
    public static Result Success { get; } = new(null);

    /// <summary>A failed outcome.</summary>
    /// <param name="error">What went wrong.</param>
    /// <returns>The failed result.</returns>
    public static Result Failure(ProviderError error) => new(error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>Turns an error into a failed result.</summary>
    /// <param name="error">What went wrong.</param>
    public static implicit operator Result(ProviderError error) => Failure(error);
}
