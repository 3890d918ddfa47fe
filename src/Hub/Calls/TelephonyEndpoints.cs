using AiPhoneCoverage.Sdk;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;

namespace AiPhoneCoverage.Hub.Calls;

/// <summary>
/// The telephony webhook routes: <c>POST /telephony/{provider}/{portfolio}/{voice|gather|status|sms|recording|reply}</c>.
/// Small, form-encoded bodies only; the provider plugin verifies the signature before anything is read or written.
/// </summary>
internal static class TelephonyEndpoints
{
    public const long MaxBodyBytes = 64 * 1024;

    private static readonly FormOptions Limits = new() { ValueCountLimit = 200, KeyLengthLimit = 200, ValueLengthLimit = 16 * 1024, MultipartBodyLengthLimit = MaxBodyBytes };

    public static IEndpointRouteBuilder MapTelephony(this IEndpointRouteBuilder app)
    {
        app.MapPost("/telephony/{provider}/{portfolio}/{kind}", HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, string provider, string portfolio, string kind, CallWebhooks webhooks)
    {
        if (KindOf(kind) is not { } webhookKind)
        {
            return Results.NotFound();
        }

        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (!http.Request.HasFormContentType)
        {
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBodyBytes;
        }

        IFormCollection form;
        try
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, Limits));
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return Results.Text("the form is too large or malformed", statusCode: ex is BadHttpRequestException { StatusCode: 413 } ? 413 : 400);
        }

        if (form.Any(field => field.Value.Count > 1))
        {
            return Results.Text("a form field appears more than once", statusCode: 400);
        }

        var webhook = new TelephonyWebhook(
            webhookKind,
            http.Request.GetEncodedPathAndQuery(),
            http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal));
        var reply = await webhooks.HandleAsync(provider, portfolio, webhook, http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted);
        return Results.Text(reply.Body, reply.ContentType, statusCode: reply.Status);
    }

    private static WebhookKind? KindOf(string kind) => kind switch
    {
        "voice" => WebhookKind.IncomingCall,
        "gather" => WebhookKind.Gather,
        "status" => WebhookKind.CallStatus,
        "sms" => WebhookKind.IncomingSms,
        "recording" => WebhookKind.Recording,
        "reply" => WebhookKind.Reply,
        _ => null,
    };
}
