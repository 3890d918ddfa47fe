using System.Text.Json;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.AppFolio;

/// <summary>
/// The customer's lists. AppFolio's Stack API has no vocabulary endpoint, so: categories are the trades of the
/// customer's vendors (<c>GET /vendors</c>, those usable on work orders), the values work orders take as
/// <c>VendorTrade</c>; priorities and statuses are the values on the property's work orders of the look-back window
/// (<c>GET /work_orders</c>). Each list can instead be set in the property's settings (<c>vendorTrades</c>,
/// <c>priorities</c>, <c>statuses</c>), which then wins and saves the read.
/// </summary>
internal static class VocabularyReader
{
    public static async Task<Result<PmsVocabulary>> ReadAsync(StackApi api, AppFolioSettings settings, string propertyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var categories = settings.VendorTrades;
        if (categories is null)
        {
            var vendors = await api.GetAllAsync("vendors", [], AppFolioJson.Default.ListAnswerVendorDto, "list vendors and their trades", cancellationToken);
            if (!vendors.IsSuccess)
            {
                return Result<PmsVocabulary>.Failure(vendors.Error);
            }

            categories = Distinct(vendors.Value.Where(v => v.DoNotUseForWorkOrder != true).SelectMany(v => Trades(v.VendorTrades)));
        }

        var priorities = settings.Priorities;
        var statuses = settings.Statuses;
        if (priorities is null || statuses is null)
        {
            var orders = await api.GetAllAsync(
                "work_orders",
                [new("PropertyId", propertyId), new("LastUpdatedAtFrom", AppFolioTime.Format(now - settings.VocabularyLookback))],
                AppFolioJson.Default.ListAnswerWorkOrderDto,
                "list recent work orders for their priorities and statuses",
                cancellationToken);
            if (!orders.IsSuccess)
            {
                return Result<PmsVocabulary>.Failure(orders.Error);
            }

            priorities ??= Distinct(orders.Value.Select(o => o.Priority));
            statuses ??= Distinct(orders.Value.Select(o => o.Status));
        }

        return new PmsVocabulary(Entries(categories), Entries(priorities), Entries(statuses));
    }

    private static IEnumerable<string?> Trades(JsonElement? trades) => trades switch
    {
        { ValueKind: JsonValueKind.Array } list => list.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()),
        { ValueKind: JsonValueKind.String } text => text.GetString()!.Split(','),
        _ => [],
    };

    private static List<string> Distinct(IEnumerable<string?> values) =>
        values.OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static List<VocabularyEntry> Entries(IEnumerable<string> values) => values.Select(v => new VocabularyEntry(v, v)).ToList();
}
