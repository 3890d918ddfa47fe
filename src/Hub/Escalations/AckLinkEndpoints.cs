using System.Net;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>
/// The signed link in a page's text: <c>GET /ack/{token}</c> shows the page with an Accept button (a link preview or a
/// scanner that fetches it accepts nothing), <c>POST /ack/{token}</c> accepts it as the paged contact. A forged or
/// expired token gets 404 and changes nothing.
/// </summary>
internal static partial class AckLinkEndpoints
{
    public static IEndpointRouteBuilder MapAckLinks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ack/{token}", ShowAsync);
        app.MapPost("/ack/{token}", AcceptAsync);
        return app;
    }

    private static async Task<IResult> ShowAsync(string token, AckLinks links, HubDatabase database, TimeProvider time, CancellationToken cancellationToken)
    {
        if (links.Read(token, time.GetUtcNow()) is not { } page)
        {
            return Results.NotFound();
        }

        await using var db = database.Open(PortfolioScope.For(page.PortfolioId));
        var step = await db.EscalationSteps.AsNoTracking().SingleOrDefaultAsync(s => s.Id == page.StepId, cancellationToken);
        var escalation = step is null ? null : await db.Escalations.AsNoTracking().SingleOrDefaultAsync(e => e.Id == step.EscalationId, cancellationToken);
        if (step is null || escalation is null)
        {
            return Results.NotFound();
        }

        var body = escalation.Status == EscalationStatus.Paging
            ? $"<p>{Html(escalation.Trade)} emergency at {Html(PageTexts.Place(escalation))}: {Html(escalation.Summary)}</p>"
              + $"<form method=\"post\"><button type=\"submit\">Accept {Html(escalation.WorkOrderRef)}</button></form>"
            : $"<p>{Html(escalation.WorkOrderRef)} is {Html(escalation.Status)}. No action is needed.</p>";
        return Page(escalation.WorkOrderRef, body);
    }

    private static async Task<IResult> AcceptAsync(string token, AckLinks links, PageAcknowledgements acknowledgements, TimeProvider time, CancellationToken cancellationToken)
    {
        if (links.Read(token, time.GetUtcNow()) is not { } page
            || await acknowledgements.AcknowledgePageAsync(page.PortfolioId, page.StepId, EscalationChannels.Link, cancellationToken) is not { } accepted)
        {
            return Results.NotFound();
        }

        var reference = Html(accepted.Reference);
        return Page(accepted.Reference, accepted.Outcome switch
        {
            AckOutcome.Accepted => $"<p>You accepted {reference}. The details are in your texts.</p>",
            AckOutcome.AlreadyAccepted => $"<p>{reference} was already accepted. No action is needed.</p>",
            _ => $"<p>{reference} is no longer paging.</p>",
        });
    }

    private static IResult Page(string title, string body) => Results.Content(
        $"<!doctype html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{Html(title)}</title></head>"
        + $"<body><h1>{Html(title)}</h1>{body}</body></html>",
        "text/html; charset=utf-8");

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
