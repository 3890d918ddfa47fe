using System.Security.Cryptography;
using System.Text;
using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// Every <c>/api/*</c> request, in this order: an injected fault, Basic auth (401), the token bucket (429 with
/// Retry-After), content negotiation (406), then the endpoint (404 for an unknown path or work order).
/// </summary>
internal sealed class AppFolioApi(
    string clientId, string clientSecret, AppFolioDatabase database, AppFolioTokenBucket bucket, Func<PmsFault?> nextFault, TimeProvider time)
{
    private const string V1 = "/api/v1/";
    private readonly byte[] _authorization = Encoding.UTF8.GetBytes("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
    private readonly AppFolioLists _lists = new(database);
    private readonly AppFolioWorkOrderWrites _writes = new(database);

    public async Task<IResponseMessage> HandleAsync(IRequestMessage request)
    {
        var fault = nextFault();
        switch (fault?.Kind)
        {
            case PmsFaultKind.Latency:
                await Task.Delay(fault.DrawLatency(), time);
                break;
            case PmsFaultKind.ServerError:
                return fault.Duration > TimeSpan.Zero
                    ? AppFolioAnswer.ServiceUnavailable(fault.Duration)
                    : AppFolioAnswer.Error(500, "Internal Server Error");
            case PmsFaultKind.ConnectionReset:
                return AppFolioDroppedConnection.Drop();
            case PmsFaultKind.MalformedBody:
                return AppFolioAnswer.Json(200, """{"results": [{"Id": "1""");
            case PmsFaultKind.Throttled:
                return AppFolioAnswer.TooManyRequests(fault.Duration);
        }

        var refused = Refuse(request);
        if (refused is not null)
        {
            return refused;
        }

        var path = request.Path.TrimEnd('/');
        if (request.Method == "POST" && path == V1 + "work_orders")
        {
            var (answer, created) = _writes.Create(request);
            return (fault?.Kind, created) switch
            {
                (PmsFaultKind.CreatedThenDropped, _) => AppFolioDroppedConnection.Drop(),
                (PmsFaultKind.NoIdReturned, { } order) => AppFolioAnswer.Json(201, AppFolioResourceJson.WorkOrder(order).Where(a => a.Key != "Id").ToDictionary()),
                _ => answer,
            };
        }

        var response = Route(request.Method, path, request);
        return fault?.Kind == PmsFaultKind.CreatedThenDropped ? AppFolioDroppedConnection.Drop() : response;
    }

    private ResponseMessage? Refuse(IRequestMessage request)
    {
        var authorization = Header(request, "Authorization");
        if (authorization is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(authorization), _authorization))
        {
            return AppFolioAnswer.Unauthorized();
        }

        if (!bucket.TryTake(out var retryAfter))
        {
            return AppFolioAnswer.TooManyRequests(retryAfter);
        }

        if (Header(request, "Accept") is { } accept
            && !accept.Split(',').Select(a => a.Split(';')[0].Trim()).Any(a => a is "application/json" or "application/*" or "*/*"))
        {
            return AppFolioAnswer.Error(406, "Not Acceptable: this API answers application/json");
        }

        if (request.Method is "POST" or "PUT"
            && !(Header(request, "Content-Type") ?? string.Empty).StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return AppFolioAnswer.Error(406, "Not Acceptable: send Content-Type application/json");
        }

        return null;
    }

    private ResponseMessage Route(string method, string path, IRequestMessage request)
    {
        if (!path.StartsWith(V1, StringComparison.Ordinal))
        {
            return AppFolioAnswer.NotFound();
        }

        var segments = path[V1.Length..].Split('/');
        return (method, segments) switch
        {
            ("GET", ["properties"]) => _lists.Properties(request),
            ("GET", ["units"]) => _lists.Units(request),
            ("GET", ["tenants"]) => _lists.Tenants(request),
            ("GET", ["vendors"]) => _lists.Vendors(request),
            ("GET", ["work_orders"]) => _lists.WorkOrders(request),
            ("GET", ["work_orders", var id]) => _lists.WorkOrder(id),
            ("PUT", ["work_orders", var id]) => _writes.Update(id, request),
            _ => AppFolioAnswer.NotFound(),
        };
    }

    private static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value is { Count: > 0 } values
            ? string.Join(",", values)
            : null;
}
