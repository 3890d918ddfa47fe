namespace AiPhoneCoverage.Simulators;

/// <summary>The service requests the simulated gateway created, in order, under one lock (ids are monotonic).</summary>
internal sealed class RpxLedger
{
    private readonly Lock _lock = new();
    private readonly List<RealPageServiceRequest> _requests = [];
    private int _nextId = 70001;

    public IReadOnlyList<RealPageServiceRequest> All
    {
        get
        {
            lock (_lock)
            {
                return _requests.ToArray();
            }
        }
    }

    public RealPageServiceRequest Add(Func<int, RealPageServiceRequest> create)
    {
        lock (_lock)
        {
            var request = create(_nextId++);
            _requests.Add(request);
            return request;
        }
    }

    /// <summary>Replaces a request by id; null when there is none.</summary>
    public RealPageServiceRequest? Update(int id, Func<RealPageServiceRequest, RealPageServiceRequest> change)
    {
        lock (_lock)
        {
            var index = _requests.FindIndex(r => r.ServiceRequestId == id);
            if (index < 0)
            {
                return null;
            }

            _requests[index] = change(_requests[index]);
            return _requests[index];
        }
    }
}
