using System.Globalization;
using System.Text.Json;
using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// <c>POST /v3/workorders</c> and <c>PUT /v3/workorders/{id}/status</c>: validation against the subscriber's
/// configuration (400 with ModelState naming the field: an unknown location, a trade or priority not offered at the
/// location, a provider that does not serve the trade, an unknown category, a bad NTE or call date), then the change.
/// A provider's <see cref="ServiceChannelProviderReply"/> sets the extended status of a new work order at once.
/// </summary>
internal sealed class ServiceChannelWorkOrderWrites(ServiceChannelSubscriber subscriber, ServiceChannelLedger ledger)
{
    public (ResponseMessage Answer, ServiceChannelWorkOrder? Created) Create(string? json)
    {
        if (Parse(json) is not { } body)
        {
            return (Invalid("request", "The request body must be a JSON object."), null);
        }

        var errors = new Dictionary<string, List<string>>();
        void Fail(string field, string message) => errors[field] = [message];

        var contract = body.TryGetProperty("ContractInfo", out var c) && c.ValueKind == JsonValueKind.Object ? c : default;
        if (contract.ValueKind != JsonValueKind.Object)
        {
            Fail("ContractInfo", "ContractInfo is required.");
        }

        var subscriberId = Number(contract, "SubscriberId");
        if (subscriberId is not null && subscriberId != subscriber.SubscriberId)
        {
            Fail("ContractInfo.SubscriberId", $"Subscriber {subscriberId} is not available to this user.");
        }

        var locationId = Number(contract, "LocationId");
        var storeId = Text(contract, "StoreId");
        var location = subscriber.Locations.FirstOrDefault(l => l.Id == locationId || (locationId is null && storeId is not null && l.StoreId == storeId));
        if (location is null)
        {
            Fail("ContractInfo.LocationId", locationId is null && storeId is null ? "LocationId or StoreId is required." : $"Location {locationId?.ToString(CultureInfo.InvariantCulture) ?? storeId} was not found.");
        }

        var trade = Text(contract, "TradeName");
        if (location is not null && (trade is null || !location.Trades.Contains(trade, StringComparer.OrdinalIgnoreCase)))
        {
            Fail("ContractInfo.TradeName", $"Trade '{trade}' is not available for location {location.Id}.");
        }

        var providerId = Number(contract, "ProviderId");
        var provider = subscriber.Providers.FirstOrDefault(p => p.Id == providerId);
        if (provider is null)
        {
            Fail("ContractInfo.ProviderId", $"Provider {providerId} was not found in the subscriber's network.");
        }
        else if (trade is not null && !provider.Trades.Contains(trade, StringComparer.OrdinalIgnoreCase))
        {
            Fail("ContractInfo.ProviderId", $"Provider {provider.Id} does not serve trade '{trade}'.");
        }

        var priority = Text(body, "Priority");
        if (location is not null && (priority is null || !location.Priorities.Contains(priority, StringComparer.OrdinalIgnoreCase)))
        {
            Fail("Priority", $"Priority '{priority}' is not valid for location {location.Id}.");
        }

        var category = Text(body, "Category");
        if (category is null || !subscriber.Categories.Contains(category, StringComparer.OrdinalIgnoreCase))
        {
            Fail("Category", $"Category '{category}' is not valid.");
        }

        decimal? nte = null;
        if (body.TryGetProperty("Nte", out var n) && n.ValueKind != JsonValueKind.Null)
        {
            if (n.ValueKind == JsonValueKind.Number && n.TryGetDecimal(out var amount) && amount >= 0)
            {
                nte = amount;
            }
            else
            {
                Fail("Nte", "Nte must be a non-negative amount.");
            }
        }

        if (!DateTimeOffset.TryParse(Text(body, "CallDate"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var callDate))
        {
            Fail("CallDate", "CallDate is required and must be a date and time.");
        }

        var description = Text(body, "Description");
        if (description is null)
        {
            Fail("Description", "Description is required.");
        }

        if (errors.Count > 0)
        {
            return (ServiceChannelAnswer.Invalid(errors), null);
        }

        var extended = provider!.Reply switch
        {
            ServiceChannelProviderReply.Confirm => "DISPATCH CONFIRMED",
            ServiceChannelProviderReply.Decline => "DECLINED",
            _ => null,
        };
        var created = ledger.Create((id, now) => new ServiceChannelWorkOrder(
            id, id.ToString(CultureInfo.InvariantCulture), subscriber.SubscriberId, location!.Id, provider.Id,
            location.Trades.First(t => string.Equals(t, trade, StringComparison.OrdinalIgnoreCase)),
            category!.ToUpperInvariant(), location.Priorities.First(p => string.Equals(p, priority, StringComparison.OrdinalIgnoreCase)),
            nte, callDate, description!, Text(body, "Caller"), "OPEN", extended, now, now));
        return (ServiceChannelAnswer.Json(201, new { id = created.Id }), created);
    }

    public ResponseMessage SetStatus(string id, string? json)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || ledger.Find(number) is not { } order || order.SubscriberId != subscriber.SubscriberId)
        {
            return ServiceChannelAnswer.Message(404, $"Work order {id} was not found.");
        }

        var status = Parse(json) is { } body && body.TryGetProperty("Status", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
        var primary = Text(status, "Primary");
        if (primary is null || !subscriber.PrimaryStatuses.Contains(primary, StringComparer.OrdinalIgnoreCase))
        {
            return Invalid("Status.Primary", $"Status '{primary}' is not valid.");
        }

        primary = subscriber.PrimaryStatuses.First(p => string.Equals(p, primary, StringComparison.OrdinalIgnoreCase));
        var extended = Text(status, "Extended")?.ToUpperInvariant();
        var before = ledger.SetStatus(number, primary, extended)!;
        return ServiceChannelAnswer.Json(200, new
        {
            result = $"Status has been changed from '<b>{Describe(before.PrimaryStatus, before.ExtendedStatus)}</b>' to '<b>{Describe(primary, extended)}</b>'",
            id = number,
        });
    }

    private static string Describe(string primary, string? extended) => extended is null ? primary : $"{primary} / {extended}";

    private static ResponseMessage Invalid(string field, string message) =>
        ServiceChannelAnswer.Invalid(new Dictionary<string, List<string>> { [field] = [message] });

    private static JsonElement? Parse(string? json)
    {
        try
        {
            using var document = JsonDocument.Parse(json ?? string.Empty);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static long? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.Number when value.TryGetInt64(out var n) => n,
                JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
                _ => null,
            }
            : null;
}
