using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The list endpoints: <c>GET /api/v1/properties</c>, <c>units</c>, <c>tenants</c>, <c>vendors</c> and <c>work_orders</c>,
/// each as <c>{"results": [...]}</c>. Filters as in pms-apis.md §5.3. Without <c>page[...]</c> a list comes whole (the
/// documented default); with it, pages carry <c>next_page_path</c> while more follow ([L], as in AppFolio's newer API).
/// </summary>
internal sealed class AppFolioLists(AppFolioDatabase database)
{
    public ResponseMessage Properties(IRequestMessage message) =>
        List(message, database.Properties, p => p.Id, p => p.LastUpdatedAt, AppFolioResourceJson.Property, "PropertyIds");

    public ResponseMessage Units(IRequestMessage message) =>
        List(message, database.Units, u => u.PropertyId, u => u.LastUpdatedAt, AppFolioResourceJson.Unit, "PropertyIds");

    public ResponseMessage Tenants(IRequestMessage message) =>
        List(message, database.Tenants, t => t.PropertyId, t => t.LastUpdatedAt, AppFolioResourceJson.Tenant, "PropertyIds");

    public ResponseMessage Vendors(IRequestMessage message) =>
        List(message, database.Customer.Vendors, _ => null, _ => null, AppFolioResourceJson.Vendor);

    public ResponseMessage WorkOrders(IRequestMessage message)
    {
        var query = AppFolioQuery.Of(message);
        var units = query.List("UnitId") ?? query.List("UnitIds");
        var statuses = query.List("Statuses");
        var orders = database.WorkOrders.Where(w =>
            (units is null || (w.UnitId is not null && units.Contains(w.UnitId)))
            && (statuses is null || statuses.Contains(w.Status, StringComparer.OrdinalIgnoreCase)));
        return List(message, orders, w => w.PropertyId, w => w.LastUpdatedAt, AppFolioResourceJson.WorkOrder, "PropertyId", "PropertyIds");
    }

    public ResponseMessage WorkOrder(string id) =>
        database.FindWorkOrder(id) is { } order ? AppFolioAnswer.Json(200, AppFolioResourceJson.WorkOrder(order)) : AppFolioAnswer.NotFound();

    private static ResponseMessage List<T>(
        IRequestMessage message,
        IEnumerable<T> items,
        Func<T, string?> propertyOf,
        Func<T, DateTimeOffset?> updatedAt,
        Func<T, object> render,
        params string[] propertyFilters)
    {
        var query = AppFolioQuery.Of(message);
        var (from, timeError) = query.Time("LastUpdatedAtFrom");
        var page = query.Page(out var pageError);
        if ((timeError ?? pageError) is { } error)
        {
            return AppFolioAnswer.Errors(400, [error]);
        }

        var properties = propertyFilters.Select(query.List).FirstOrDefault(l => l is not null);
        var selected = items
            .Where(i => properties is null || (propertyOf(i) is { } p && properties.Contains(p)))
            .Where(i => from is null || updatedAt(i) is not { } at || at >= from)
            .ToList();
        if (page is not (var number, var size))
        {
            return AppFolioAnswer.Json(200, new { results = selected.Select(render) });
        }

        var results = selected.Skip((number - 1) * size).Take(size).Select(render).ToList();
        return selected.Count > number * size
            ? AppFolioAnswer.Json(200, new { results, next_page_path = query.NextPagePath(message.Path, number + 1) })
            : AppFolioAnswer.Json(200, new { results });
    }
}
