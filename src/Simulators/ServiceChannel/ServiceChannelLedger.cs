namespace AiPhoneCoverage.Simulators;

/// <summary>The work orders created through the API, in creation order, behind one lock; ids count up from 88472932.</summary>
internal sealed class ServiceChannelLedger(TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly List<ServiceChannelWorkOrder> _orders = [];
    private long _nextId = 88472932;

    public IReadOnlyList<ServiceChannelWorkOrder> All
    {
        get
        {
            lock (_lock)
            {
                return _orders.ToArray();
            }
        }
    }

    public ServiceChannelWorkOrder Create(Func<long, DateTimeOffset, ServiceChannelWorkOrder> create)
    {
        lock (_lock)
        {
            var order = create(_nextId++, time.GetUtcNow());
            _orders.Add(order);
            return order;
        }
    }

    public ServiceChannelWorkOrder? Find(long id)
    {
        lock (_lock)
        {
            return _orders.FirstOrDefault(o => o.Id == id);
        }
    }

    /// <summary>Changes the status; the order before the change, or null when there is no such order.</summary>
    public ServiceChannelWorkOrder? SetStatus(long id, string primary, string? extended)
    {
        lock (_lock)
        {
            var index = _orders.FindIndex(o => o.Id == id);
            if (index < 0)
            {
                return null;
            }

            var before = _orders[index];
            _orders[index] = before with { PrimaryStatus = primary, ExtendedStatus = extended, UpdatedAt = time.GetUtcNow() };
            return before;
        }
    }
}
