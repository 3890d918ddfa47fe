namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The service requests the simulated database holds, in creation order, with Yardi-like ids: whole numbers above
/// 32767 (the XSD's <c>xs:short</c> would overflow), assigned under one lock so concurrent creates never share one.
/// </summary>
internal sealed class YardiLedger
{
    public const int FirstId = 40001;

    private readonly Lock _lock = new();
    private readonly List<YardiWorkOrder> _orders = [];
    private int _nextId = FirstId;

    public IReadOnlyList<YardiWorkOrder> All
    {
        get
        {
            lock (_lock)
            {
                return _orders.ToArray();
            }
        }
    }

    public YardiWorkOrder Create(Func<int, YardiWorkOrder> create)
    {
        lock (_lock)
        {
            var order = create(_nextId++);
            _orders.Add(order);
            return order;
        }
    }

    public YardiWorkOrder? Get(int id)
    {
        lock (_lock)
        {
            return _orders.FirstOrDefault(o => o.ServiceRequestId == id);
        }
    }

    /// <summary>Replaces a service request by the result of <paramref name="change"/>; null when there is none with that id.</summary>
    public YardiWorkOrder? Update(int id, Func<YardiWorkOrder, YardiWorkOrder> change)
    {
        lock (_lock)
        {
            var index = _orders.FindIndex(o => o.ServiceRequestId == id);
            if (index < 0)
            {
                return null;
            }

            _orders[index] = change(_orders[index]);
            return _orders[index];
        }
    }
}
