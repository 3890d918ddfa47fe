using System.Collections.Concurrent;
using System.Collections.Specialized;
using System.Web;
using Twilio.Security;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace AiPhoneCoverage.Simulators.Tests;

/// <summary>
/// A stand-in for the hub's voice endpoints: each path answers TwiML from a script, and every request is checked with
/// Twilio's own <see cref="RequestValidator"/> and recorded.
/// </summary>
internal sealed class FakeHub : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
    private readonly ConcurrentDictionary<string, Func<HubRequest, Task<(int Status, string Body)>>> _routes = new();
    private readonly ConcurrentQueue<HubRequest> _received = new();
    private readonly RequestValidator _validator;

    public FakeHub(string authToken)
    {
        _validator = new RequestValidator(authToken);
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(HandleAsync));
        On("/status", _ => Task.FromResult((204, string.Empty)));
    }

    public IReadOnlyList<HubRequest> Received => _received.ToArray();

    public Uri Url(string pathAndQuery) => new(_server.Url + pathAndQuery);

    public FakeHub On(string path, string twiml) => On(path, _ => twiml);

    public FakeHub On(string path, Func<HubRequest, string> twiml) => On(path, r => Task.FromResult((200, twiml(r))));

    public FakeHub On(string path, Func<HubRequest, Task<(int Status, string Body)>> answer)
    {
        _routes[path] = answer;
        return this;
    }

    private async Task<IResponseMessage> HandleAsync(IRequestMessage message)
    {
        var form = HttpUtility.ParseQueryString(message.Method == "POST" ? message.Body ?? string.Empty : string.Empty);
        var url = _server.Url + message.Path + (string.IsNullOrEmpty(message.RawQuery) ? string.Empty : "?" + message.RawQuery.TrimStart('?'));
        var request = new HubRequest(
            message.Method,
            message.Path,
            form.AllKeys.ToDictionary(k => k!, k => form[k]!),
            _validator.Validate(url, form, Header(message, "X-Twilio-Signature") ?? string.Empty),
            Header(message, "I-Twilio-Idempotency-Token"),
            Header(message, "User-Agent"));
        _received.Enqueue(request);
        var (status, body) = _routes.TryGetValue(message.Path, out var answer) ? await answer(request) : (404, "not found");
        var response = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = System.Text.Encoding.UTF8 },
        };
        response.AddHeader("Content-Type", "application/xml");
        return response;
    }

    private static string? Header(IRequestMessage message, string name) =>
        message.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
