using System.Globalization;
using System.Text;
using System.Text.Json;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace AiPhoneCoverage.Simulators;

/// <summary>The vendor endpoints' answers: JSON bodies, errors as <c>{"error": "…"}</c>, and the HTTP shapes of the injected faults.</summary>
internal static class VendorEndpointAnswer
{
    public static ResponseMessage Json(int status, object value) => Raw(status, JsonSerializer.Serialize(value), "application/json; charset=utf-8");

    public static ResponseMessage Error(int status, string message) => Json(status, new { error = message });

    public static ResponseMessage Raw(int status, string body, string contentType)
    {
        var response = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
        };
        response.AddHeader("Content-Type", contentType);
        return response;
    }

    public static ResponseMessage WithRetryAfter(ResponseMessage response, TimeSpan retryAfter)
    {
        response.AddHeader("Retry-After", Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
        return response;
    }
}
