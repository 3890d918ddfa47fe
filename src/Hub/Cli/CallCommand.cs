using System.CommandLine;
using System.Globalization;
using AiPhoneCoverage.Hub.Calls;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Residents;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>
/// `aipc call "turn" ["turn" ...] [--from E164] [--to NUMBER] [--at HH:mm] [--portfolio CODE] [--json] [--no-wait]`: one
/// whole call through the real Twilio plugin, placed by the scripted caller with signed webhooks, against the running
/// hub when one holds the lock, otherwise against a hub with its workers and simulators started in this process. Unless
/// --no-wait, it waits (up to 30 s) for the call's work orders and texts to settle, then prints the outcome.
/// </summary>
internal static class CallCommand
{
    public static readonly TimeSpan SettleWait = TimeSpan.FromSeconds(30);

    public static Command Create()
    {
        var turns = new Argument<string[]>("turns") { Description = "What the caller says, one argument per turn", Arity = ArgumentArity.OneOrMore };
        var from = new Option<string?>("--from") { Description = "The caller's number (default: a demo resident with one home)" };
        var to = new Option<string?>("--to") { Description = "The number called (default: the first demo property's)" };
        var at = new Option<string?>("--at") { Description = "The local time at the property for this call, HH:mm (demo and drills only)" };
        var portfolio = new Option<string>("--portfolio") { Description = "Portfolio code (default: demo)", DefaultValueFactory = _ => "demo" };
        var json = CliOptions.Json();
        var noWait = new Option<bool>("--no-wait") { Description = "Print as soon as the call ends, without waiting for work orders and texts" };
        var command = new Command("call", "Place a whole test call through the Twilio plugin and print the outcome") { turns, from, to, at, portfolio, json, noWait };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(at) is { } text && !TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                await output.WriteLineAsync("error: --at takes a local time as HH:mm, for example 02:30");
                return 2;
            }

            var data = new DataDirectory(parseResult.GetValue(CliOptions.Data)!);
            var holder = HubLock.ReadHolder(data.LockFile);
            await using var inProcess = holder is null
                ? await HubServer.StartAsync(data, "http://127.0.0.1:0", TextWriter.Null, null, Quiet, cancellationToken)
                : null;
            if (holder is null && inProcess is null)
            {
                await output.WriteLineAsync("error: could not start a hub for the call");
                return 1;
            }

            await using var cli = inProcess is null ? await CliServices.OpenAsync(parseResult, cancellationToken) : null;
            var services = inProcess?.App.Services ?? cli!.Provider;
            if (holder is not null)
            {
                services.GetRequiredService<HubAddress>().Local = new Uri(holder.Url);
            }

            var request = await RequestAsync(parseResult, services, portfolio, from, to, at, turns, cancellationToken);
            if (request.Error is not null)
            {
                await output.WriteLineAsync("error: " + request.Error);
                return 2;
            }

            using var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(CallCommand));
            http.Timeout = TimeSpan.FromSeconds(20);
            var call = await new ScriptedCaller(http, services.GetRequiredService<TimeProvider>()).PlaceCallAsync(request.Call!, cancellationToken);
            var report = await WaitAsync(services, parseResult.GetValue(portfolio)!, call.CallSid, !parseResult.GetValue(noWait), cancellationToken);
            await CallPrinter.PrintAsync(output, call, report, parseResult.GetValue(json));
            return call.Ending.Reason == CallEndReason.Error || report is null ? 1 : 0;
        });
        return command;
    }

    private static readonly Dictionary<string, string?> Quiet = new()
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft"] = "None",
        ["Logging:LogLevel:AiPhoneCoverage.Hub.Hosting.SimulatorService"] = "Error",
    };

    private static async Task<(ScriptedCallRequest? Call, string? Error)> RequestAsync(
        ParseResult parseResult, IServiceProvider services, Option<string> portfolio, Option<string?> from, Option<string?> to, Option<string?> at,
        Argument<string[]> turns, CancellationToken cancellationToken)
    {
        var code = parseResult.GetValue(portfolio)!;
        if (services.GetRequiredService<TelephonyAccounts>().For(code) is not { } account)
        {
            return (null, $"portfolio '{code}' has no telephony account (set Twilio:AccountSid, Twilio:AuthToken and Twilio:PublicBaseUrl)");
        }

        var normalizer = services.GetRequiredService<PhoneNumberNormalizer>();
        var caller = parseResult.GetValue(from) is { } given
            ? normalizer.TryNormalize(given, out var number, out var reason) ? number : null
            : await DemoCallers.ResidentWithOneHomeAsync(services.GetRequiredService<CallerLookup>(), normalizer, code, cancellationToken);
        if (caller is null)
        {
            return (null, parseResult.GetValue(from) is null ? "no demo resident with exactly one home to call from; pass --from" : "--from is not a phone number");
        }

        var called = parseResult.GetValue(to) is { } target && normalizer.TryNormalize(target, out var calledNumber, out _) ? calledNumber : DemoCallers.FirstPropertyNumber();
        var routes = new Sdk.CallRoutes($"/telephony/twilio/{Uri.EscapeDataString(code)}");
        var query = parseResult.GetValue(at) is { } time ? $"?at={time}" : string.Empty;
        var root = account.PublicBaseUrl.ToString().TrimEnd('/');
        return (new ScriptedCallRequest
        {
            VoiceUrl = new Uri(root + routes.PathOf(Sdk.WebhookKind.IncomingCall) + query),
            StatusCallbackUrl = new Uri(root + routes.Status),
            AccountSid = account.AccountId,
            AuthToken = account.AuthToken,
            From = caller,
            To = called,
            Turns = parseResult.GetValue(turns)!,
        }, null);
    }

    private static async Task<CallReport?> WaitAsync(IServiceProvider services, string portfolioCode, string callSid, bool wait, CancellationToken cancellationToken)
    {
        var database = services.GetRequiredService<HubDatabase>();
        var portfolioId = await services.GetRequiredService<PortfolioIds>().FindAsync(portfolioCode, cancellationToken);
        if (portfolioId is null)
        {
            return null;
        }

        var time = services.GetRequiredService<TimeProvider>();
        var deadline = time.GetUtcNow() + SettleWait;
        while (true)
        {
            await using var db = database.Open(PortfolioScope.For(portfolioId.Value));
            var report = await CallReport.LoadAsync(db, callSid, cancellationToken);
            if (!wait || report is null || report.Settled || time.GetUtcNow() >= deadline)
            {
                return report;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), time, cancellationToken);
        }
    }
}
