using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.AppFolio;

/// <summary>
/// AppFolio Property Manager through the Stack v1 API: roster pages from <c>/tenants</c> (incremental with
/// <c>LastUpdatedAtFrom</c>), units, the customer's vocabulary (vendor trades, and the priorities and statuses its work
/// orders use), and work orders created with the correlation key in their description, found again by it, and read
/// back with their status. Reads are cached per property for five minutes; nothing is retried here.
/// </summary>
public sealed class AppFolioConnector : IPmsConnector
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(5);
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _time;
    private readonly TimedCache<List<UnitDto>> _units;
    private readonly TimedCache<PmsVocabulary> _vocabularies;

    /// <summary>Creates the connector over the hub's HTTP clients (the named client <c>appfolio</c>).</summary>
    /// <param name="httpClientFactory">The hub's factory.</param>
    /// <param name="time">The clock for caches and time windows; the system clock when null.</param>
    public AppFolioConnector(IHttpClientFactory httpClientFactory, TimeProvider? time = null)
    {
        _httpClientFactory = httpClientFactory ?? throw new ArgumentNullException(nameof(httpClientFactory));
        _time = time ?? TimeProvider.System;
        _units = new(CacheLifetime, _time);
        _vocabularies = new(CacheLifetime, _time);
    }

    /// <inheritdoc />
    public async Task<Result<RosterPage>> ExportRosterAsync(PmsProperty target, string? cursor, CancellationToken cancellationToken)
    {
        var connection = Connect(target);
        if (!connection.IsSuccess)
        {
            return Result<RosterPage>.Failure(connection.Error);
        }

        var api = connection.Value.Api;

        if (!RosterCursor.TryParse(cursor, out var position))
        {
            return ProviderError.Permanent("bad_cursor", "the roster cursor is not one this connector wrote; start the export again without one");
        }

        List<KeyValuePair<string, string>> query = [new("PropertyIds", target.ExternalPropertyId)];
        if (position.Since is { } since)
        {
            query.Add(new("LastUpdatedAtFrom", AppFolioTime.Format(since)));
        }

        var page = await api.GetAsync("tenants", [.. query, .. api.PageQuery(position.Page)], AppFolioJson.Default.ListAnswerTenantDto, "list tenants", "not_found", cancellationToken);
        if (!page.IsSuccess)
        {
            return Result<RosterPage>.Failure(page.Error);
        }

        if (page.Value.Results is not { } tenants)
        {
            return StackApi.MissingResults("list tenants");
        }

        tenants = tenants.Where(t => !string.IsNullOrWhiteSpace(t.Id) && (t.PropertyId is null || t.PropertyId == target.ExternalPropertyId)).ToList();
        var units = await UnitsAsync(api, target, fresh: false, cancellationToken);
        if (units.IsSuccess && tenants.Any(t => t.UnitId is not null && !units.Value.Any(u => u.Id == t.UnitId)))
        {
            units = await UnitsAsync(api, target, fresh: true, cancellationToken);
        }

        if (!units.IsSuccess)
        {
            return Result<RosterPage>.Failure(units.Error);
        }

        var names = units.Value.Where(u => u.Id is not null).GroupBy(u => u.Id!).ToDictionary(g => g.Key, g => RosterEntries.UnitCode(g.First()));
        var residents = tenants.Select(t => RosterEntries.From(t, t.UnitId is not null && names.TryGetValue(t.UnitId, out var name) ? name : string.Empty)).ToList();
        return new RosterPage(residents, page.Value.NextPagePath is null ? null : position.Next().ToString(), IsIncremental: position.Since is not null);
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<PmsUnit>>> GetUnitsAsync(PmsProperty target, CancellationToken cancellationToken)
    {
        var connection = Connect(target);
        if (!connection.IsSuccess)
        {
            return Result<IReadOnlyList<PmsUnit>>.Failure(connection.Error);
        }

        var api = connection.Value.Api;

        var units = await UnitsAsync(api, target, fresh: true, cancellationToken);
        return units.IsSuccess
            ? units.Value.Select(u => new PmsUnit(u.Id!, RosterEntries.UnitCode(u), null, u.CurrentOccupancyId is null)).ToList()
            : Result<IReadOnlyList<PmsUnit>>.Failure(units.Error);
    }

    /// <inheritdoc />
    public Task<Result<PmsVocabulary>> GetVocabularyAsync(PmsProperty target, CancellationToken cancellationToken) =>
        VocabularyAsync(target, cancellationToken);

    /// <inheritdoc />
    public async Task<Result<WorkOrderReceipt>> CreateWorkOrderAsync(PmsProperty target, WorkOrderRequest workOrder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workOrder);
        var connection = Connect(target);
        if (!connection.IsSuccess)
        {
            return Result<WorkOrderReceipt>.Failure(connection.Error);
        }

        var api = connection.Value.Api;

        var unit = await UnitByCodeAsync(api, target, workOrder.UnitCode, cancellationToken);
        if (!unit.IsSuccess)
        {
            return Result<WorkOrderReceipt>.Failure(unit.Error);
        }

        var vocabulary = await VocabularyAsync(target, cancellationToken);
        if (!vocabulary.IsSuccess)
        {
            return Result<WorkOrderReceipt>.Failure(vocabulary.Error);
        }

        var category = VocabularyMapping.MapCategory(vocabulary.Value, workOrder.Category, target.Settings);
        var priority = VocabularyMapping.MapPriority(vocabulary.Value, workOrder.Urgency, target.Settings);
        if ((category.Error ?? priority.Error) is { } unmapped)
        {
            return unmapped;
        }

        var body = new NewWorkOrderDto(
            target.ExternalPropertyId,
            unit.Value.Id,
            workOrder.ResidentExternalId is null ? null : unit.Value.CurrentOccupancyId,
            WorkOrderText.JobDescription(workOrder),
            WorkOrderText.Instructions(workOrder),
            priority.Value!.Code,
            WorkOrderText.PermissionToEnter(workOrder.PermissionToEnter),
            category.Value!.Code);
        var created = await api.PostAsync(
            "work_orders", body, AppFolioJson.Default.NewWorkOrderDto, AppFolioJson.Default.WorkOrderDto, "create a work order",
            [workOrder.Summary, workOrder.Description, workOrder.AccessNotes, workOrder.ContactPhone], cancellationToken);
        if (!created.IsSuccess)
        {
            return Result<WorkOrderReceipt>.Failure(created.Error);
        }

        return string.IsNullOrWhiteSpace(created.Value.Id)
            ? ProviderError.Unknown("no_id", "AppFolio answered the new work order without its id; search by correlation key before trying again.")
            : Receipt(created.Value);
    }

    /// <inheritdoc />
    public async Task<Result<WorkOrderReceipt?>> FindWorkOrderAsync(PmsProperty target, string correlationKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(correlationKey);
        var connection = Connect(target);
        if (!connection.IsSuccess)
        {
            return Result<WorkOrderReceipt?>.Failure(connection.Error);
        }

        var (api, settings) = connection.Value;

        // LastUpdatedAtFrom keeps the search to the window in which the hub still delivers (its outbox gives up sooner).
        var orders = await api.GetAllAsync(
            "work_orders",
            [new("PropertyId", target.ExternalPropertyId), new("LastUpdatedAtFrom", AppFolioTime.Format(_time.GetUtcNow() - settings.CorrelationSearchWindow))],
            AppFolioJson.Default.ListAnswerWorkOrderDto,
            "search work orders by correlation key",
            cancellationToken);
        if (!orders.IsSuccess)
        {
            return Result<WorkOrderReceipt?>.Failure(orders.Error);
        }

        var match = orders.Value
            .Where(o => !string.IsNullOrWhiteSpace(o.Id) && WorkOrderText.Carries(o.JobDescription, correlationKey))
            .OrderBy(o => o.CreatedAt, StringComparer.Ordinal)
            .FirstOrDefault();
        return match is null ? Result<WorkOrderReceipt?>.None : Result<WorkOrderReceipt?>.Success(Receipt(match));
    }

    /// <inheritdoc />
    public async Task<Result<WorkOrderReceipt>> GetWorkOrderAsync(PmsProperty target, string externalId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        var connection = Connect(target);
        if (!connection.IsSuccess)
        {
            return Result<WorkOrderReceipt>.Failure(connection.Error);
        }

        var api = connection.Value.Api;

        var order = await api.GetAsync(
            "work_orders/" + Uri.EscapeDataString(externalId.Trim()), [], AppFolioJson.Default.WorkOrderDto, "read a work order", "unknown_work_order", cancellationToken);
        if (!order.IsSuccess)
        {
            return Result<WorkOrderReceipt>.Failure(order.Error);
        }

        return order.Value.PropertyId is { } propertyId && propertyId != target.ExternalPropertyId
            ? ProviderError.Permanent("unknown_work_order", "the work order belongs to another AppFolio property")
            : Receipt(order.Value with { Id = order.Value.Id ?? externalId });
    }

    private static WorkOrderReceipt Receipt(WorkOrderDto order) =>
        new(order.Id!, order.Status ?? string.Empty, WorkOrderStates.From(order.Status));

    private static string CacheKey(PmsProperty target, AppFolioSettings settings) =>
        $"{settings.ApiRoot}|{settings.ClientId}|{target.ExternalPropertyId}";

    private Result<(StackApi Api, AppFolioSettings Settings)> Connect(PmsProperty target)
    {
        var settings = AppFolioSettings.Read(target);
        return settings.IsSuccess
            ? (new StackApi(_httpClientFactory, settings.Value, _time), settings.Value)
            : Result<(StackApi, AppFolioSettings)>.Failure(settings.Error);
    }

    private async Task<Result<PmsVocabulary>> VocabularyAsync(PmsProperty target, CancellationToken cancellationToken)
    {
        var connection = Connect(target);
        if (!connection.IsSuccess)
        {
            return Result<PmsVocabulary>.Failure(connection.Error);
        }

        var (api, settings) = connection.Value;

        var key = CacheKey(target, settings);
        if (_vocabularies.Get(key) is { } cached)
        {
            return cached;
        }

        var read = await VocabularyReader.ReadAsync(api, settings, target.ExternalPropertyId, _time.GetUtcNow(), cancellationToken);
        if (read.IsSuccess)
        {
            _vocabularies.Set(key, read.Value);
        }

        return read;
    }

    private async Task<Result<List<UnitDto>>> UnitsAsync(StackApi api, PmsProperty target, bool fresh, CancellationToken cancellationToken)
    {
        var key = CacheKey(target, api.Settings);
        if (!fresh && _units.Get(key) is { } cached)
        {
            return cached;
        }

        var units = await api.GetAllAsync("units", [new("PropertyIds", target.ExternalPropertyId)], AppFolioJson.Default.ListAnswerUnitDto, "list units", cancellationToken);
        if (units.IsSuccess)
        {
            var own = units.Value.Where(u => !string.IsNullOrWhiteSpace(u.Id) && (u.PropertyId is null || u.PropertyId == target.ExternalPropertyId)).ToList();
            _units.Set(key, own);
            return own;
        }

        return units;
    }

    /// <summary>The unit the resident named, by its AppFolio name; the cached list is read again once before giving up.</summary>
    private async Task<Result<UnitDto>> UnitByCodeAsync(StackApi api, PmsProperty target, string unitCode, CancellationToken cancellationToken)
    {
        foreach (var fresh in new[] { false, true })
        {
            var units = await UnitsAsync(api, target, fresh, cancellationToken);
            if (!units.IsSuccess)
            {
                return Result<UnitDto>.Failure(units.Error);
            }

            if (units.Value.FirstOrDefault(u => string.Equals(RosterEntries.UnitCode(u), unitCode.Trim(), StringComparison.OrdinalIgnoreCase)) is { } unit)
            {
                return unit;
            }

            if (fresh && units.Value.Count == 0)
            {
                return ProviderError.Permanent("unknown_property", $"AppFolio lists no units for property '{target.ExternalPropertyId}'; check the property's AppFolio id");
            }
        }

        return ProviderError.Permanent("unknown_unit", $"AppFolio property '{target.ExternalPropertyId}' has no unit '{unitCode.Trim()}'");
    }
}
