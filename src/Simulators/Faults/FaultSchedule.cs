namespace AiPhoneCoverage.Simulators;

/// <summary>The fault, if any, that the next request of a simulator gets: one for the next N requests, or one until cleared.</summary>
public sealed class FaultSchedule<TFault>
    where TFault : class
{
    private readonly Lock _lock = new();
    private TFault? _fault;
    private int? _remaining;

    public void Set(TFault fault, int? count)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (count is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A fault applies to at least one request.");
        }

        lock (_lock)
        {
            _fault = fault;
            _remaining = count;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _fault = null;
            _remaining = null;
        }
    }

    /// <summary>The fault for the request now arriving, counting it against the remaining number.</summary>
    public TFault? Take()
    {
        lock (_lock)
        {
            var fault = _fault;
            if (_remaining is { } remaining)
            {
                _remaining = remaining - 1;
                if (remaining == 1)
                {
                    _fault = null;
                    _remaining = null;
                }
            }

            return fault;
        }
    }
}
