namespace Polly.Timeout;

/// <summary>Stands in for the rejection the hub's pipeline throws when its total timeout passes.</summary>
public sealed class TimeoutRejectedException : ExecutionRejectedException
{
    public TimeoutRejectedException()
    {
    }

    public TimeoutRejectedException(string message)
        : base(message)
    {
    }

    public TimeoutRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
