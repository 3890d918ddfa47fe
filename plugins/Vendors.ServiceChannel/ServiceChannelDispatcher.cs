using System.Globalization;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Vendors.ServiceChannel;

/// <summary>
/// Dispatches work orders to a provider through ServiceChannel's REST API v3: a client-credentials token (cached until
/// shortly before it expires, fetched again once when the API answers 401), a search by correlation key on the OData
/// endpoint before every create (so that the hub's retry after an Unknown outcome finds the first work order instead
/// of creating a second), then <c>POST /v3/workorders</c> with the location, trade, priority, category, not-to-exceed
/// amount, description (ending with the correlation key) and caller. <see cref="GetStatusAsync"/> reads
/// <c>GET /v3/workorders/{id}</c>. Nothing is retried here and nothing is logged.
/// </summary>
public sealed class ServiceChannelDispatcher : IVendorDispatcher
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _time;
    private readonly AccessTokens _tokens;

    /// <summary>Creates the dispatcher over the hub's HTTP clients (the named client <c>vendor.servicechannel</c>).</summary>
    /// <param name="httpClientFactory">The hub's factory.</param>
    /// <param name="time">The clock for token lifetimes; the system clock when null.</param>
    public ServiceChannelDispatcher(IHttpClientFactory httpClientFactory, TimeProvider? time = null)
    {
        _httpClientFactory = httpClientFactory ?? throw new ArgumentNullException(nameof(httpClientFactory));
        _time = time ?? TimeProvider.System;
        _tokens = new AccessTokens(_httpClientFactory, _time);
    }

    /// <inheritdoc />
    public async Task<Result<DispatchReceipt>> DispatchAsync(DispatchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var order = request.WorkOrder;
        var settings = ServiceChannelSettings.Read(request.Settings);
        if (!settings.IsSuccess)
        {
            return Result<DispatchReceipt>.Failure(settings.Error);
        }

        var location = settings.Value.LocationId(order.PropertyCode);
        var trade = settings.Value.Trade(order.Category);
        var priority = settings.Value.Priority(order.Urgency);
        if ((location.Error ?? trade.Error ?? priority.Error) is { } unmapped)
        {
            return unmapped;
        }

        if (request.NotToExceed is < 0)
        {
            return ProviderError.Permanent("invalid_nte", "the not-to-exceed amount is negative.");
        }

        var api = new ServiceChannelApi(_httpClientFactory, _tokens, settings.Value, _time);
        var found = await WorkOrderSearch.FindAsync(api, location.Value, order, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<DispatchReceipt>.Failure(found.Error);
        }

        if (found.Value is { } existing)
        {
            return Receipt(existing);
        }

        var body = new NewWorkOrderDto(
            new ContractInfoDto(settings.Value.SubscriberId, location.Value, trade.Value!, settings.Value.ProviderId),
            settings.Value.Category,
            priority.Value!,
            request.NotToExceed,
            WorkOrderText.Time(order.ReportedAt),
            WorkOrderText.Description(order),
            WorkOrderText.Caller(order),
            new StatusDto("OPEN", null));
        var created = await api.PostAsync(
            "workorders", body, ServiceChannelJson.Default.NewWorkOrderDto, ServiceChannelJson.Default.CreatedDto, "create a work order",
            [order.Summary, order.Description, order.AccessNotes, order.ContactPhone], cancellationToken);
        if (!created.IsSuccess)
        {
            return Result<DispatchReceipt>.Failure(created.Error);
        }

        return created.Value.Id is { } id
            ? new DispatchReceipt(id.ToString(CultureInfo.InvariantCulture), false, "OPEN")
            : ProviderError.Unknown("no_id", "ServiceChannel answered the new work order without its id; the next dispatch of this work order searches by correlation key first.");
    }

    /// <inheritdoc />
    public async Task<Result<DispatchReceipt>> GetStatusAsync(string externalId, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        var read = ServiceChannelSettings.Read(settings);
        if (!read.IsSuccess)
        {
            return Result<DispatchReceipt>.Failure(read.Error);
        }

        if (!long.TryParse(externalId.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return ProviderError.Permanent("unknown_work_order", "a ServiceChannel work order id is a number.");
        }

        var api = new ServiceChannelApi(_httpClientFactory, _tokens, read.Value, _time);
        var order = await api.GetAsync(
            "workorders/" + id.ToString(CultureInfo.InvariantCulture), ServiceChannelJson.Default.WorkOrderDto, "read a work order", "unknown_work_order", cancellationToken);
        return order.IsSuccess ? Receipt(order.Value with { Id = order.Value.Id ?? id }) : Result<DispatchReceipt>.Failure(order.Error);
    }

    private static DispatchReceipt Receipt(WorkOrderDto order) =>
        new(order.Id!.Value.ToString(CultureInfo.InvariantCulture), WorkOrderStatus.IsAccepted(order.Status), WorkOrderStatus.Text(order.Status));
}
