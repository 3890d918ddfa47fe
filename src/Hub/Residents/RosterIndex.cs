using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Residents;

/// <summary>
/// The in-memory caller-ID index: "who is calling from this number", answered without touching the database or a PMS.
/// Keyed by the first 128 bits of the keyed phone hash; one number may match several residents (a shared family phone),
/// and the index returns them all. Replaced one property at a time when its roster changes.
/// </summary>
internal sealed class RosterIndex : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);

    // The value is one IndexedResident, or an IndexedResident[] when several share the number: most numbers have one.
    private readonly Dictionary<UInt128, object> _byPhone = [];
    private readonly Dictionary<Guid, List<(UInt128 Key, IndexedResident Resident)>> _byProperty = [];
    private volatile bool _ready;

    /// <summary>Whether the first full load has finished; until then callers fall back to the database.</summary>
    public bool IsReady => _ready;

    public int PhoneCount
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _byPhone.Count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    public void MarkReady() => _ready = true;

    public IReadOnlyList<CallerMatch> Find(UInt128 key)
    {
        _lock.EnterReadLock();
        try
        {
            return _byPhone.TryGetValue(key, out var found) ? ToMatches(found) : [];
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Replaces everything the index holds for one property with <paramref name="entries"/>.</summary>
    public void ReplaceProperty(Guid propertyId, List<(UInt128 Key, IndexedResident Resident)> entries)
    {
        _lock.EnterWriteLock();
        try
        {
            if (_byProperty.Remove(propertyId, out var previous))
            {
                foreach (var (key, resident) in previous)
                {
                    Remove(key, resident);
                }
            }

            foreach (var (key, resident) in entries)
            {
                Add(key, resident);
            }

            if (entries.Count > 0)
            {
                _byProperty[propertyId] = entries;
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private void Add(UInt128 key, IndexedResident resident)
    {
        if (!_byPhone.TryGetValue(key, out var existing))
        {
            _byPhone[key] = resident;
        }
        else
        {
            _byPhone[key] = existing is IndexedResident one ? new[] { one, resident } : [.. (IndexedResident[])existing, resident];
        }
    }

    private void Remove(UInt128 key, IndexedResident resident)
    {
        if (!_byPhone.TryGetValue(key, out var existing))
        {
            return;
        }

        if (ReferenceEquals(existing, resident))
        {
            _byPhone.Remove(key);
            return;
        }

        if (existing is IndexedResident[] many)
        {
            var rest = many.Where(r => !ReferenceEquals(r, resident)).ToArray();
            _byPhone[key] = rest.Length == 1 ? rest[0] : rest;
        }
    }

    public void Dispose() => _lock.Dispose();

    private static CallerMatch[] ToMatches(object found) => found is IndexedResident one
        ? [ToMatch(one)]
        : Array.ConvertAll((IndexedResident[])found, ToMatch);

    private static CallerMatch ToMatch(IndexedResident r) =>
        new(r.ResidentId, r.Property.PortfolioCode, r.Property.PropertyCode, r.UnitCode, r.ExternalId, r.FirstName, r.LastName);
}
