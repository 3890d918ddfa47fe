using System.Text.Json;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>
/// Creates a queued work order in the property's PMS through its connector. After any earlier attempt (counted when the
/// row was leased, before the request, so also one cut short by a crash) it searches by the correlation key first, so an
/// attempt whose answer was lost never creates a second work order.
/// </summary>
internal sealed class WorkOrderDelivery(IServiceProvider services, HubDatabase database, Pms.PmsTargets targets) : IOutboxDelivery
{
    public string Kind => OutboxKinds.WorkOrder;

    public async Task<Result<string>> DeliverAsync(OutboxRecord row, CancellationToken cancellationToken)
    {
        var order = WorkOrderPayload.Read(row.PayloadJson);
        PropertyRecord? property;
        await using (var db = database.Open(PortfolioScope.For(row.PortfolioId)))
        {
            property = await db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == order.PropertyCode, cancellationToken);
        }

        if (property is null)
        {
            return Fail("unknown_property", $"property '{order.PropertyCode}' does not exist in this portfolio");
        }

        if (property.PmsPlugin is null || property.PmsPropertyId is null)
        {
            return Fail("no_pms", $"property '{property.Code}' has no PMS connection; the work order stays in the hub");
        }

        if (services.GetKeyedService<IPmsConnector>(property.PmsPlugin) is not { } connector)
        {
            return Fail("no_connector", $"the '{property.PmsPlugin}' PMS connector is not loaded (see `aipc plugins`)");
        }

        if (order.UnitCode is null)
        {
            return Fail("unknown_unit", "the caller was not identified, so the work order has no unit; an operator must file it");
        }

        var target = targets.For(property)!;
        if (row.Attempts > 1)
        {
            var found = await connector.FindWorkOrderAsync(target, row.CorrelationKey, cancellationToken);
            if (!found.IsSuccess)
            {
                return Result<string>.Failure(found.Error);
            }

            if (found.Value is { } existing)
            {
                return Result<string>.Success(existing.ExternalId);
            }
        }

        var request = new WorkOrderRequest(
            row.CorrelationKey, property.Code, order.UnitCode, order.ResidentExternalId, WireEnum.Parse<Category>(order.Category),
            WireEnum.Parse<Urgency>(order.Urgency), order.Summary, order.Description, PermissionToEnter.Unknown, null, order.ContactPhone, order.ReportedAt);
        var created = await connector.CreateWorkOrderAsync(target, request, cancellationToken);
        return created.IsSuccess ? Result<string>.Success(created.Value.ExternalId) : Result<string>.Failure(created.Error);
    }

    private static Result<string> Fail(string code, string message) => Result<string>.Failure(ProviderError.Permanent(code, message));
}
