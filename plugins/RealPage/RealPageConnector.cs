using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>
/// RealPage OneSite through the RPX SOAP gateway. Rosters from <c>getresidentlistinfo</c> (paged locally), units from
/// <c>unitlist</c>, the vocabulary from the Facilities lists (cached five minutes per property), work orders with
/// <c>AddServiceRequest</c>, which answers no id: the new request is then found by its correlation key with
/// <c>getservicerequests</c>. Settings and error codes: README.md.
/// </summary>
public sealed class RealPageConnector : IPmsConnector
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(5);
    private readonly RpxClient _client;
    private readonly RpxReads _reads;
    private readonly RosterPages _roster;
    private readonly TimeProvider _time;
    private readonly TimedCache<RpxLists> _lists;
    private readonly TimedCache<IReadOnlyList<PmsUnit>> _units;

    /// <summary>The connector over the hub's named HTTP client <c>realpage</c>, on the system clock.</summary>
    public RealPageConnector(IHttpClientFactory httpClientFactory)
        : this(httpClientFactory, TimeProvider.System)
    {
    }

    /// <summary>The connector over the hub's named HTTP client <c>realpage</c>.</summary>
    public RealPageConnector(IHttpClientFactory httpClientFactory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _client = new RpxClient(httpClientFactory);
        _reads = new RpxReads(_client);
        _roster = new RosterPages(_reads, time);
        _lists = new TimedCache<RpxLists>(time, CacheLifetime);
        _units = new TimedCache<IReadOnlyList<PmsUnit>>(time, CacheLifetime);
    }

    /// <inheritdoc />
    public async Task<Result<RosterPage>> ExportRosterAsync(PmsProperty target, string? cursor, CancellationToken cancellationToken)
    {
        var settings = RpxSettings.Read(target);
        return settings.IsSuccess ? await _roster.ReadAsync(settings.Value, cursor, cancellationToken) : settings.Error;
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<PmsUnit>>> GetUnitsAsync(PmsProperty target, CancellationToken cancellationToken)
    {
        var settings = RpxSettings.Read(target);
        return settings.IsSuccess ? await FreshUnitsAsync(settings.Value, cancellationToken) : settings.Error;
    }

    /// <inheritdoc />
    public async Task<Result<PmsVocabulary>> GetVocabularyAsync(PmsProperty target, CancellationToken cancellationToken)
    {
        var settings = RpxSettings.Read(target);
        if (!settings.IsSuccess)
        {
            return settings.Error;
        }

        var lists = await ListsAsync(settings.Value, cancellationToken);
        return lists.IsSuccess ? lists.Value.ToVocabulary() : lists.Error;
    }

    /// <inheritdoc />
    public async Task<Result<WorkOrderReceipt>> CreateWorkOrderAsync(PmsProperty target, WorkOrderRequest workOrder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workOrder);
        var settings = RpxSettings.Read(target);
        if (!settings.IsSuccess)
        {
            return settings.Error;
        }

        var payload = await PayloadAsync(settings.Value, workOrder, cancellationToken);
        if (!payload.IsSuccess)
        {
            return payload.Error;
        }

        var added = await new ServiceRequestCreation(_client, _reads, _time).AddAsync(settings.Value, workOrder.CorrelationKey, payload.Value, cancellationToken);
        return added;
    }

    /// <inheritdoc />
    public async Task<Result<WorkOrderReceipt?>> FindWorkOrderAsync(PmsProperty target, string correlationKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(correlationKey);
        var settings = RpxSettings.Read(target);
        return settings.IsSuccess
            ? await new ServiceRequestCreation(_client, _reads, _time).FindAsync(settings.Value, correlationKey, cancellationToken)
            : Result<WorkOrderReceipt?>.Failure(settings.Error);
    }

    /// <inheritdoc />
    public async Task<Result<WorkOrderReceipt>> GetWorkOrderAsync(PmsProperty target, string externalId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(externalId);
        var settings = RpxSettings.Read(target);
        if (!settings.IsSuccess)
        {
            return settings.Error;
        }

        var found = await _reads.ServiceRequestsAsync(settings.Value, null, null, externalId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        return found.Value.FirstOrDefault(r => r.Id == externalId) is { } request
            ? new WorkOrderReceipt(request.Id, request.Status, WorkOrderStates.Of(request.Status))
            : ProviderError.Permanent("unknown_work_order", $"RealPage has no service request {externalId} at this site.");
    }

    /// <summary>The <c>servicerequest</c> element: the unit's id, the mapped problem and priority, the location.</summary>
    private async Task<Result<System.Xml.Linq.XElement>> PayloadAsync(RpxSettings settings, WorkOrderRequest workOrder, CancellationToken cancellationToken)
    {
        var lists = await ListsAsync(settings, cancellationToken);
        if (!lists.IsSuccess)
        {
            return lists.Error;
        }

        var vocabulary = lists.Value.ToVocabulary();
        var problem = VocabularyMapping.MapCategory(vocabulary, workOrder.Category, settings.All);
        if (!problem.IsSuccess)
        {
            return problem.Error;
        }

        var priority = VocabularyMapping.MapPriority(vocabulary, workOrder.Urgency, settings.All);
        if (!priority.IsSuccess)
        {
            return priority.Error;
        }

        var location = Locations.Choose(lists.Value.Locations, settings.DefaultLocation);
        if (!location.IsSuccess)
        {
            return location.Error;
        }

        var unit = await UnitAsync(settings, workOrder.UnitCode, cancellationToken);
        return unit.IsSuccess ? ServiceRequestPayload.For(workOrder, unit.Value, problem.Value, priority.Value, location.Value) : unit.Error;
    }

    /// <summary>The unit with this number, from the cached list; a number not in it refreshes the list once (a unit added since).</summary>
    private async Task<Result<PmsUnit>> UnitAsync(RpxSettings settings, string unitCode, CancellationToken cancellationToken)
    {
        static PmsUnit? Find(IReadOnlyList<PmsUnit> units, string code) =>
            units.FirstOrDefault(u => string.Equals(u.UnitCode.Trim(), code.Trim(), StringComparison.OrdinalIgnoreCase));

        if (_units.Get(settings.CacheKey) is { } cached && Find(cached, unitCode) is { } known)
        {
            return known;
        }

        var units = await FreshUnitsAsync(settings, cancellationToken);
        if (!units.IsSuccess)
        {
            return units.Error;
        }

        return Find(units.Value, unitCode) is { } unit
            ? unit
            : ProviderError.Permanent("unknown_unit", $"RealPage's unit list for site {settings.SiteId} has no unit '{unitCode}'.");
    }

    private async Task<Result<IReadOnlyList<PmsUnit>>> FreshUnitsAsync(RpxSettings settings, CancellationToken cancellationToken)
    {
        var units = await _reads.UnitsAsync(settings, cancellationToken);
        if (units.IsSuccess)
        {
            _units.Set(settings.CacheKey, units.Value);
        }

        return units;
    }

    private async Task<Result<RpxLists>> ListsAsync(RpxSettings settings, CancellationToken cancellationToken)
    {
        if (_lists.Get(settings.CacheKey) is { } cached)
        {
            return cached;
        }

        var lists = await _reads.ListsAsync(settings, cancellationToken);
        if (lists.IsSuccess)
        {
            _lists.Set(settings.CacheKey, lists.Value);
        }

        return lists;
    }
}
