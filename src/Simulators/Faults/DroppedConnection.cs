using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// Lets a simulator's response callback close the connection instead of answering, after it has acted or before
/// (<see cref="PmsFaultKind.ConnectionReset"/>, <see cref="PmsFaultKind.CreatedThenDropped"/>). WireMock's own
/// <c>FaultType.EMPTY_RESPONSE</c> still sends a status line (an empty 200), so the server holds each answer back
/// until the callback is done and aborts the connection when the answer carries <see cref="Header"/>.
/// </summary>
public static class DroppedConnection
{
    /// <summary>The marker header; it never reaches a client.</summary>
    public const string Header = "X-Simulator-Drop-Connection";

    /// <summary>An answer that the server turns into a connection closed without a status line.</summary>
    public static ResponseMessage Answer()
    {
        var response = new ResponseMessage { StatusCode = 200 };
        response.AddHeader(Header, "1");
        return response;
    }

    /// <summary>WireMock's <c>PreWireMockMiddlewareInit</c> hook: installs the middleware in front of WireMock's own.</summary>
    internal static void Install(object app) => ((IApplicationBuilder)app).Use(DropWhenMarkedAsync);

    private static async Task DropWhenMarkedAsync(HttpContext context, Func<Task> next)
    {
        var original = context.Response.Body;
        await using var held = new MemoryStream();
        context.Response.Body = held;
        try
        {
            await next();
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.Headers.Remove(Header))
        {
            context.Abort();
            return;
        }

        held.Position = 0;
        await held.CopyToAsync(original, context.RequestAborted);
    }
}
