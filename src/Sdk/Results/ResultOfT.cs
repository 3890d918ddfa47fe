using System.Diagnostics.CodeAnalysis;

namespace AiPhoneCoverage.Sdk;

/// <summary>The outcome of an operation: a value, or an expected <see cref="ProviderError"/>. Programming errors still throw.</summary>
/// <typeparam name="T">The value returned on success.</typeparam>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Result<T>.Success/Failure are the conventional factories.")]
public readonly record struct Result<T>
{
    private Result(T? value, ProviderError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value on success; default on failure.</summary>
    public T? Value { get; }

    /// <summary>The failure, or <see langword="null"/> on success.</summary>
    public ProviderError? Error { get; }

    /// <summary>Whether the operation succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>A successful outcome.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The successful result.</returns>
    public static Result<T> Success(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    /// <summary>A failed outcome.</summary>
    /// <param name="error">What went wrong.</param>
    /// <returns>The failed result.</returns>
    public static Result<T> Failure(ProviderError error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>Wraps a value in a successful result.</summary>
    /// <param name="value">The value.</param>
    [SuppressMessage("Usage", "CA2225:Operator overloads have named alternates", Justification = "Success(T) is the named alternate.")]
    public static implicit operator Result<T>(T value) => Success(value);

    /// <summary>Turns an error into a failed result.</summary>
    /// <param name="error">What went wrong.</param>
    [SuppressMessage("Usage", "CA2225:Operator overloads have named alternates", Justification = "Failure(ProviderError) is the named alternate.")]
    public static implicit operator Result<T>(ProviderError error) => Failure(error);
}
