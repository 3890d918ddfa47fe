using System.Globalization;
using System.Text;
using System.Text.Json;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace AiPhoneCoverage.Simulators;

/// <summary>The fake REST API's answers: JSON bodies, and errors in Twilio's shape.</summary>
internal static class TwilioAnswer
{
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

    /// <summary>An error as Twilio writes it: <c>{"code":…,"message":…,"more_info":…,"status":…}</c>.</summary>
    public static ResponseMessage Error(int status, int code, string message) =>
        Json(status, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["code"] = code,
            ["message"] = message,
            ["more_info"] = "https://www.twilio.com/docs/errors/" + code.ToString(CultureInfo.InvariantCulture),
            ["status"] = status,
        }));

    public static ResponseMessage Unauthorized() => Error(401, 20003, "Authenticate");

    public static ResponseMessage NotFound(string path) => Error(404, 20404, $"The requested resource {path} was not found");
}
