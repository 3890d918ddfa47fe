using System.Diagnostics.CodeAnalysis;

namespace AiPhoneCoverage.Sdk;

/// <summary>The outcome of an operation: a value, or an expected <see cref="ProviderError"/>. Programming errors still throw.</summary>
/// <typeparam name="T">The value returned on success.</typeparam>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Result<T>.Success/Failure are the conventional factories.")]
public readonly record struct Result<T>
{
    private readonly ProviderError? _error;
    private readonly bool _succeeded;

    private Result(T? value, ProviderError? error)
    {
        Value = value;
        _error = error;
        _succeeded = error is null;
    }

    /// <summary>The value on success; default on failure.</summary>
    public T? Value { get; }

    /// <summary>The failure, or <see langword="null"/> on success. A default (never set) result is a failure.</summary>
    public ProviderError? Error => _succeeded ? null : _error ?? ProviderError.Permanent("no_result", "The operation returned no result.");

    /// <summary>Whether the operation succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => _succeeded;

    /// <summary>A successful outcome.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The successful result.</returns>
    public static Result<T> Success(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    /// <summary>
    /// A successful outcome without a value, for results whose value may be absent: <c>Result&lt;WorkOrderReceipt?&gt;.None</c>
    /// when a search found nothing (<see cref="Success"/> refuses null).
    /// </summary>
    public static Result<T> None { get; } = new(default, null);

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
