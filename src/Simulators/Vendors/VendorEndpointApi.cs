using System.Collections.Concurrent;
using System.Text.Json;
using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// <c>POST /vendors/{code}/dispatch</c> and <c>GET /vendors/{code}/jobs/{id}</c>, in this order: an injected fault,
/// the vendor (404), the signature (401, recorded with the reason), the Idempotency-Key and body (400), then the job:
/// 202 accepted, 409 declined or 200 pending by the vendor's <see cref="VendorReply"/>, the first answer again for a
/// repeated key. Every webhook is recorded as a <see cref="VendorDelivery"/>.
/// </summary>
internal sealed class VendorEndpointApi(ConcurrentDictionary<string, SimulatedVendor> vendors, VendorLedger ledger, Func<PmsFault?> nextFault, TimeProvider time)
{
    private const string IdempotencyHeader = "Idempotency-Key";

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
                    ? VendorEndpointAnswer.WithRetryAfter(VendorEndpointAnswer.Raw(503, "<html><body><h1>503 Service Unavailable</h1></body></html>", "text/html"), fault.Duration)
                    : Error(500, "internal error");
            case PmsFaultKind.ConnectionReset:
                return DroppedConnection.Answer();
            case PmsFaultKind.MalformedBody:
                return VendorEndpointAnswer.Raw(200, "<html><body>OK</body></html>", "text/html");
            case PmsFaultKind.Throttled:
                return VendorEndpointAnswer.WithRetryAfter(Error(429, "too many requests"), fault.Duration);
        }

        var segments = request.Path.Trim('/').Split('/');
        return (request.Method, segments) switch
        {
            ("POST", ["vendors", var code, "dispatch"]) => Dispatch(code, request, fault?.Kind),
            ("GET", ["vendors", var code, "jobs", var id]) => Status(code, Uri.UnescapeDataString(id), request),
            _ => Error(404, "not found"),
        };
    }

    private ResponseMessage Dispatch(string code, IRequestMessage request, PmsFaultKind? fault)
    {
        if (!vendors.TryGetValue(code, out var vendor))
        {
            return Error(404, "unknown vendor");
        }

        var body = request.Body ?? string.Empty;
        var signature = Header(request, VendorSignature.Header);
        var key = Header(request, IdempotencyHeader);
        var now = time.GetUtcNow();
        VendorDelivery Delivery(int status, string? rejection, string? jobId) =>
            new(code, now, body, key, signature, rejection is null || status != 401, rejection, status, jobId);

        if (VendorSignature.Check(signature, body, vendor.Secret, now) is { } refused)
        {
            ledger.Record(Delivery(401, refused, null));
            return Error(401, "signature rejected: " + refused);
        }

        if (string.IsNullOrWhiteSpace(key) || Parse(body) is not { } payload)
        {
            var why = string.IsNullOrWhiteSpace(key) ? "the Idempotency-Key header is required" : "the body must be a JSON object";
            ledger.Record(Delivery(400, why, null));
            return Error(400, why);
        }

        var (status, answer, job, _) = ledger.Accept(
            code, key, id => Job(id, code, key, payload, vendor.Reply, now, body),
            job => Answer(job, vendor.Reply));
        if (fault == PmsFaultKind.CreatedThenDropped)
        {
            ledger.Record(Delivery(0, "connection dropped after the job was taken", job.Id));
            return DroppedConnection.Answer();
        }

        ledger.Record(Delivery(status, null, job.Id));
        return fault == PmsFaultKind.NoIdReturned
            ? VendorEndpointAnswer.Json(status, new { status = job.Status })
            : VendorEndpointAnswer.Raw(status, answer, "application/json; charset=utf-8");
    }

    private ResponseMessage Status(string code, string id, IRequestMessage request)
    {
        if (!vendors.TryGetValue(code, out var vendor))
        {
            return Error(404, "unknown vendor");
        }

        if (VendorSignature.Check(Header(request, VendorSignature.Header), string.Empty, vendor.Secret, time.GetUtcNow()) is { } refused)
        {
            return Error(401, "signature rejected: " + refused);
        }

        return ledger.Find(code, id) is { } job
            ? VendorEndpointAnswer.Json(200, new { id = job.Id, status = job.Status, correlationKey = job.CorrelationKey })
            : Error(404, $"no job '{id}'");
    }

    private static VendorJob Job(string id, string code, string key, JsonElement payload, VendorReply reply, DateTimeOffset now, string body) => new(
        id, code, key, Text(payload, "correlationKey"), Text(payload, "propertyCode"), Text(payload, "unitCode"), Text(payload, "category"),
        Text(payload, "urgency"),
        payload.TryGetProperty("notToExceed", out var nte) && nte.ValueKind == JsonValueKind.Number ? nte.GetDecimal() : null,
        Text(payload, "callbackUrl"),
        reply switch { VendorReply.Accept => "accepted", VendorReply.Decline => "declined", _ => "pending" },
        now,
        body);

    private static (int Status, string Body) Answer(VendorJob job, VendorReply reply) =>
        (reply switch { VendorReply.Accept => 202, VendorReply.Decline => 409, _ => 200 }, JsonSerializer.Serialize(new { id = job.Id, status = job.Status }));

    private static ResponseMessage Error(int status, string message) => VendorEndpointAnswer.Error(status, message);

    private static JsonElement? Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value is { Count: > 0 } values
            ? string.Join(",", values)
            : null;
}
