using System.Globalization;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Vendors.ServiceChannel;

/// <summary>
/// Finds the work order a dispatch created earlier: <c>GET /v3/odata/workorders?$filter=…</c> on the location, the
/// provider, a call date from a day before the report, and <c>contains(Description,'[AiPhoneCoverage ref key]')</c>,
/// following <c>@odata.nextLink</c> (its path and query, on the configured host only). The marker is checked again
/// here on its own line, so that <c>…:wo1</c> never matches <c>…:wo10</c>.
/// </summary>
internal static class WorkOrderSearch
{
    /// <summary>The most pages one search follows, so that a server that keeps answering nextLink cannot loop it.</summary>
    public const int MaxPages = 20;

    public static string Filter(long locationId, long providerId, DateTimeOffset reportedAt, string correlationKey) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Location/Id eq {locationId} and Provider/Id eq {providerId} and CallDate ge {WorkOrderText.Time(reportedAt.AddDays(-1))} and contains(Description,'{WorkOrderText.Marker(correlationKey).Replace("'", "''", StringComparison.Ordinal)}')");

    public static async Task<Result<WorkOrderDto?>> FindAsync(
        ServiceChannelApi api, long locationId, WorkOrderRequest order, CancellationToken cancellationToken)
    {
        var next = "odata/workorders?$filter=" + Uri.EscapeDataString(Filter(locationId, api.Settings.ProviderId, order.ReportedAt, order.CorrelationKey));
        for (var page = 0; page < MaxPages; page++)
        {
            var read = await api.GetAsync(next, ServiceChannelJson.Default.ODataPageDto, "search work orders by correlation key", "not_found", cancellationToken);
            if (!read.IsSuccess)
            {
                return Result<WorkOrderDto?>.Failure(read.Error);
            }

            if (read.Value.Value is not { } orders)
            {
                return ProviderError.Transient("malformed_answer", "ServiceChannel's answer to a work order search has no value list.");
            }

            if (orders.FirstOrDefault(o => o.Id is not null && WorkOrderText.Carries(o.Description, order.CorrelationKey)
                && (o.Provider?.Id is null || o.Provider.Id == api.Settings.ProviderId)) is { } found)
            {
                return found;
            }

            if (string.IsNullOrWhiteSpace(read.Value.NextLink) || !Uri.TryCreate(read.Value.NextLink, UriKind.RelativeOrAbsolute, out var link))
            {
                return Result<WorkOrderDto?>.None;
            }

            next = link.IsAbsoluteUri ? link.PathAndQuery : read.Value.NextLink;
        }

        return ProviderError.Transient("too_many_pages", $"ServiceChannel kept paging past {MaxPages} pages of a work order search.");
    }
}
