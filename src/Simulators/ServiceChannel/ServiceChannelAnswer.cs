using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The simulated API's answers: JSON bodies; validation errors in ASP.NET Web API's shape
/// (<c>{"Message","ModelState":{"field":["…"]}}</c>, [L]); OAuth errors as RFC 6749 (<c>error</c>,
/// <c>error_description</c>); OData errors as <c>{"error":{"code","message"}}</c>.
/// </summary>
internal static class ServiceChannelAnswer
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ResponseMessage Json(int status, object value) => Raw(status, JsonSerializer.Serialize(value, Options), "application/json; charset=utf-8");

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

    public static ResponseMessage Invalid(IReadOnlyDictionary<string, List<string>> modelState) =>
        Json(400, new { Message = "The request is invalid.", ModelState = modelState });

    public static ResponseMessage Message(int status, string message) => Json(status, new { Message = message });

    public static ResponseMessage OAuthError(int status, string error, string description) =>
        Json(status, new Dictionary<string, string> { ["error"] = error, ["error_description"] = description });

    public static ResponseMessage InvalidToken()
    {
        var response = OAuthError(401, "invalid_token", "The access token is invalid or has expired.");
        response.AddHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return response;
    }

    public static ResponseMessage ODataError(string message) => Json(400, new { error = new { code = string.Empty, message } });

    public static ResponseMessage TooManyRequests(TimeSpan retryAfter) => WithRetryAfter(Message(429, "Too many requests."), retryAfter);

    public static ResponseMessage ServiceUnavailable(TimeSpan retryAfter) =>
        WithRetryAfter(Raw(503, "<html><body><h1>503 Service Unavailable</h1></body></html>", "text/html; charset=utf-8"), retryAfter);

    private static ResponseMessage WithRetryAfter(ResponseMessage response, TimeSpan retryAfter)
    {
        response.AddHeader("Retry-After", Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
        return response;
    }
}
