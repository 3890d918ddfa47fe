namespace AiPhoneCoverage.Simulators;

/// <summary>
/// What the vendor endpoints received and took in, behind one lock. A job is created once per vendor and
/// Idempotency-Key; a repeat gets the first answer again (Stripe's rule), checked and recorded under the same lock.
/// </summary>
internal sealed class VendorLedger
{
    private readonly Lock _lock = new();
    private readonly List<VendorDelivery> _deliveries = [];
    private readonly List<VendorJob> _jobs = [];
    private readonly Dictionary<(string Vendor, string Key), (int Status, string Body)> _answers = [];

    public IReadOnlyList<VendorDelivery> Deliveries
    {
        get
        {
            lock (_lock)
            {
                return _deliveries.ToArray();
            }
        }
    }

    public IReadOnlyList<VendorJob> Jobs
    {
        get
        {
            lock (_lock)
            {
                return _jobs.ToArray();
            }
        }
    }

    public void Record(VendorDelivery delivery)
    {
        lock (_lock)
        {
            _deliveries.Add(delivery);
        }
    }

    /// <summary>The first answer for this key, or a new job and its answer; Repeat says which.</summary>
    public (int Status, string Body, VendorJob Job, bool Repeat) Accept(string vendor, string key, Func<string, VendorJob> create, Func<VendorJob, (int Status, string Body)> answer)
    {
        lock (_lock)
        {
            if (_answers.TryGetValue((vendor, key), out var first))
            {
                return (first.Status, first.Body, _jobs.First(j => j.VendorCode == vendor && j.IdempotencyKey == key), true);
            }

            var job = create($"job-{_jobs.Count + 1:D4}");
            var (status, body) = answer(job);
            _jobs.Add(job);
            _answers[(vendor, key)] = (status, body);
            return (status, body, job, false);
        }
    }

    /// <summary>A vendor's job by its id or by the Idempotency-Key it came with.</summary>
    public VendorJob? Find(string vendor, string idOrKey)
    {
        lock (_lock)
        {
            return _jobs.FirstOrDefault(j => j.VendorCode == vendor && (j.Id == idOrKey || j.IdempotencyKey == idOrKey));
        }
    }

    public bool SetStatus(string jobId, string status)
    {
        lock (_lock)
        {
            var index = _jobs.FindIndex(j => j.Id == jobId);
            if (index < 0)
            {
                return false;
            }

            _jobs[index] = _jobs[index] with { Status = status };
            return true;
        }
    }
}
