using System.Text;
using System.Web;
using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// Every <c>/v3/*</c> request, in this order: an injected fault (a create's own fault first for POST /v3/workorders),
/// the Bearer token (401 invalid_token), then the endpoint: create, read, status change and the OData list
/// (404 for an unknown path or work order).
/// </summary>
internal sealed class ServiceChannelApi(
    ServiceChannelSubscriber subscriber,
    ServiceChannelTokens tokens,
    ServiceChannelLedger ledger,
    Func<PmsFault?> nextFault,
    Func<PmsFault?> nextCreateFault,
    Func<string> baseUrl,
    TimeProvider time)
{
    private const string V3 = "/v3/";
    private readonly ServiceChannelWorkOrderWrites _writes = new(subscriber, ledger);

    public async Task<IResponseMessage> HandleAsync(IRequestMessage request)
    {
        var path = request.Path.TrimEnd('/');
        var isCreate = request.Method == "POST" && string.Equals(path, V3 + "workorders", StringComparison.OrdinalIgnoreCase);
        var fault = (isCreate ? nextCreateFault() : null) ?? nextFault();
        switch (fault?.Kind)
        {
            case PmsFaultKind.Latency:
                await Task.Delay(fault.DrawLatency(), time);
                break;
            case PmsFaultKind.ServerError:
                return fault.Duration > TimeSpan.Zero
                    ? ServiceChannelAnswer.ServiceUnavailable(fault.Duration)
                    : ServiceChannelAnswer.Message(500, "An error has occurred.");
            case PmsFaultKind.ConnectionReset:
                return DroppedConnection.Answer();
            case PmsFaultKind.MalformedBody:
                return ServiceChannelAnswer.Raw(200, """{"id": 8847""", "application/json; charset=utf-8");
            case PmsFaultKind.Throttled:
                return ServiceChannelAnswer.TooManyRequests(fault.Duration);
        }

        if (!tokens.IsValid(Bearer(request)))
        {
            return ServiceChannelAnswer.InvalidToken();
        }

        if (isCreate)
        {
            var (answer, created) = _writes.Create(request.Body);
            return (fault?.Kind, created) switch
            {
                (PmsFaultKind.CreatedThenDropped, _) => DroppedConnection.Answer(),
                (PmsFaultKind.NoIdReturned, not null) => ServiceChannelAnswer.Json(201, new { }),
                _ => answer,
            };
        }

        var response = Route(request.Method, path, request);
        return fault?.Kind == PmsFaultKind.CreatedThenDropped ? DroppedConnection.Answer() : response;
    }

    private ResponseMessage Route(string method, string path, IRequestMessage request)
    {
        if (!path.StartsWith(V3, StringComparison.OrdinalIgnoreCase))
        {
            return ServiceChannelAnswer.Message(404, "No HTTP resource was found that matches the request URI.");
        }

        var segments = path[V3.Length..].Split('/');
        return (method, segments) switch
        {
            ("GET", ["workorders", var id]) => long.TryParse(id, out var number) && ledger.Find(number) is { } order && order.SubscriberId == subscriber.SubscriberId
                ? ServiceChannelAnswer.Json(200, ServiceChannelResourceJson.WorkOrder(order))
                : ServiceChannelAnswer.Message(404, $"Work order {id} was not found."),
            ("PUT", ["workorders", var id, "status"]) => _writes.SetStatus(id, request.Body),
            ("GET", ["odata", "workorders"]) => List(request),
            _ => ServiceChannelAnswer.Message(404, "No HTTP resource was found that matches the request URI."),
        };
    }

    /// <summary><c>GET /v3/odata/workorders?$filter=…&amp;$skip=…&amp;$top=…</c>, pages of the subscriber's work orders with @odata.nextLink.</summary>
    private ResponseMessage List(IRequestMessage request)
    {
        var query = HttpUtility.ParseQueryString(request.RawQuery ?? string.Empty);
        var (predicate, error) = ServiceChannelODataFilter.Parse(query["$filter"]);
        if (predicate is null)
        {
            return ServiceChannelAnswer.ODataError(error!);
        }

        var skip = int.TryParse(query["$skip"], out var s) && s > 0 ? s : 0;
        var top = int.TryParse(query["$top"], out var t) && t > 0 ? Math.Min(t, subscriber.PageSize) : subscriber.PageSize;
        var matching = ledger.All.Where(o => o.SubscriberId == subscriber.SubscriberId).Where(predicate).ToList();
        var page = matching.Skip(skip).Take(top).Select(ServiceChannelResourceJson.WorkOrder).ToList();
        var answer = new Dictionary<string, object>
        {
            ["@odata.context"] = baseUrl() + "/v3/odata/$metadata#workorders",
            ["value"] = page,
        };
        if (skip + top < matching.Count)
        {
            var next = new StringBuilder(baseUrl()).Append("/v3/odata/workorders?");
            if (query["$filter"] is { } filter)
            {
                next.Append("$filter=").Append(Uri.EscapeDataString(filter)).Append('&');
            }

            next.Append("$skip=").Append(skip + top);
            answer["@odata.nextLink"] = next.ToString();
        }

        return ServiceChannelAnswer.Json(200, answer);
    }

    private static string? Bearer(IRequestMessage request)
    {
        var header = request.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        return header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
