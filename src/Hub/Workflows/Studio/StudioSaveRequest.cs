using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiPhoneCoverage.Hub.Workflows.Studio;

/// <summary>
/// The body of <c>POST /elsa/api/workflow-definitions</c>: <c>{"model": {...}, "publish": true|false}</c>. Read by hand
/// rather than bound, so that a body that is not JSON, not an object, or has a field of the wrong type is answered 400
/// with the reason (binding would answer 400 with no reason, and a typed read of a wrong field would throw).
/// </summary>
internal sealed record StudioSaveRequest(JsonObject Model, bool Publish)
{
    public static async Task<(StudioSaveRequest? Request, string? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, "the body must be JSON (Content-Type: application/json)");
        }

        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            return (null, $"the body is not valid JSON: {ex.Message}");
        }

        if (body is not JsonObject json || json["model"] is not JsonObject model)
        {
            return (null, "the body must be {\"model\": {...}, \"publish\": true|false}");
        }

        return json["publish"] switch
        {
            null => (new StudioSaveRequest(model, false), null),
            JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => (new StudioSaveRequest(model, value.GetValue<bool>()), null),
            var other => (null, $"\"publish\" must be true or false, not {other.ToJsonString()}"),
        };
    }
}
