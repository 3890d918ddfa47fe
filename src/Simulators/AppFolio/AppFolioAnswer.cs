using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace AiPhoneCoverage.Simulators;

/// <summary>The simulated Stack API's answers: JSON bodies, and errors as <c>{"errors":[{"message","field"}]}</c> (pms-apis.md §3.4, [L]).</summary>
internal static class AppFolioAnswer
{
    // Like AppFolio's own JSON: '+', '&' and quotes in text stay as they are (the default encoder escapes them).
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ResponseMessage Json(int status, string json)
    {
        var response = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsString = json, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
        };
        response.AddHeader("Content-Type", "application/json; charset=utf-8");
        return response;
    }

    public static ResponseMessage Json(int status, object value) => Json(status, JsonSerializer.Serialize(value, Options));

    public static ResponseMessage Errors(int status, IEnumerable<AppFolioFieldError> errors) =>
        Json(status, new { errors = errors.Select(e => e.Field is null ? (object)new { message = e.Message } : new { message = e.Message, field = e.Field }) });

    public static ResponseMessage Error(int status, string message, string? field = null) => Errors(status, [new AppFolioFieldError(message, field)]);

    public static ResponseMessage Unauthorized()
    {
        var response = Error(401, "Unauthorized");
        response.AddHeader("WWW-Authenticate", "Basic realm=\"AppFolio\"");
        return response;
    }

    public static ResponseMessage NotFound() => Error(404, "Not Found");

    public static ResponseMessage TooManyRequests(TimeSpan retryAfter) => WithRetryAfter(Error(429, "Too Many Requests"), retryAfter);

    public static ResponseMessage ServiceUnavailable(TimeSpan retryAfter) =>
        WithRetryAfter(Html(503, "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"), retryAfter);

    public static ResponseMessage Html(int status, string html)
    {
        var response = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsString = html, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
        };
        response.AddHeader("Content-Type", "text/html; charset=utf-8");
        return response;
    }

    private static ResponseMessage WithRetryAfter(ResponseMessage response, TimeSpan retryAfter)
    {
        response.AddHeader("Retry-After", Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
        return response;
    }
}
