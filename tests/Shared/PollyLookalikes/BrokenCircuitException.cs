namespace Polly.CircuitBreaker;

/// <summary>Stands in for the rejection the hub's pipeline throws while its circuit is open.</summary>
public sealed class BrokenCircuitException : ExecutionRejectedException
{
    public BrokenCircuitException()
    {
    }

    public BrokenCircuitException(string message)
        : base(message)
    {
    }

    public BrokenCircuitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
