using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AiPhoneCoverage.CallLoad;

/// <summary>
/// `CallLoad bare`: the baseline the hub is compared with. Per POST it reads the form, opens a connection, inserts one
/// row in a transaction, commits, and answers a small TwiML document that keeps the scripted caller talking (a Gather
/// for the voice and gather webhooks, an empty Response for the status callback). It verifies nothing and decides
/// nothing, so the hub's time over this one is the hub's own work. Run as its own process, like the hub.
/// </summary>
internal static class BareEndpoint
{
    private const string Gather = """<?xml version="1.0" encoding="UTF-8"?><Response><Gather input="speech" action="/bare/gather" method="POST"><Say>Go on.</Say></Gather></Response>""";
    private const string Empty = """<?xml version="1.0" encoding="UTF-8"?><Response></Response>""";

    public static async Task<int> RunAsync(string[] args)
    {
        var port = ArgAfter(args, "--port");
        var sqlite = ArgAfter(args, "--sqlite");
        var postgres = ArgAfter(args, "--postgres");
        if (port is null || (sqlite is null) == (postgres is null))
        {
            await Console.Error.WriteLineAsync(LoadOptions.Usage);
            return 2;
        }

        await using IBareStore store = sqlite is not null ? new SqliteBareStore(sqlite) : new PostgresBareStore(postgres!);
        await store.CreateAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        var app = builder.Build();
        app.MapGet("/health", () => Results.Text("ok"));
        app.MapPost("/bare/{kind}", async (HttpContext http, string kind) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            await store.InsertAsync(form["CallSid"].ToString(), kind, http.Request.ContentLength ?? 0, http.RequestAborted);
            return Results.Text(kind == "status" ? Empty : Gather, "application/xml");
        });
        await app.RunAsync();
        return 0;
    }

    private static string? ArgAfter(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
