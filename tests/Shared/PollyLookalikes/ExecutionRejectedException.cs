namespace Polly;

/// <summary>Stands in for Polly's base rejection, which the plugin recognises by name (it does not reference Polly).</summary>
public class ExecutionRejectedException : Exception
{
    public ExecutionRejectedException()
    {
    }

    public ExecutionRejectedException(string message)
        : base(message)
    {
    }

    public ExecutionRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
