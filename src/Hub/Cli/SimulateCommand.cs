using System.CommandLine;
using System.Text.Json;
using AiPhoneCoverage.Hub.Calls;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Residents;
using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>
/// `aipc simulate sms --from PHONE [--to NUMBER] [--portfolio CODE] [--json] "text"` and
/// `aipc simulate press [--to PHONE] [--call CALLSID] [--digits KEYS] [--json]`: play a phone against the running hub
/// through its Twilio simulator, which signs the webhooks as Twilio does (<c>POST /__simulate/sms</c> and
/// <c>/__simulate/answer</c>). The hub and the simulator are found through the lock file of the data directory; with no
/// hub serving, or one without the simulator, the command says so and exits 2. Exit 0 when the hub answered 2xx, 1 when it
/// refused or did not answer.
/// </summary>
internal static class SimulateCommand
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static Command Create() =>
        new("simulate", "Play a phone against the running hub's Twilio simulator: text the hub, or answer a call it placed") { Sms(), Press() };

    private static Command Sms()
    {
        var text = new Argument<string>("text") { Description = "What the phone texts" };
        var from = new Option<string>("--from") { Description = "The phone that texts (a resident, an on-call tech)", Required = true };
        var to = new Option<string?>("--to") { Description = "The hub number texted (default: the first demo property's)" };
        var portfolio = new Option<string>("--portfolio") { Description = "Portfolio code (default: demo)", DefaultValueFactory = _ => "demo" };
        var json = CliOptions.Json();
        var command = new Command("sms", "Text the running hub from a phone through the Twilio simulator and print what it texted back") { text, from, to, portfolio, json };
        command.SetAction((parseResult, ct) => WithSimulatorAsync(parseResult, async (services, twilio, output) =>
        {
            var code = parseResult.GetValue(portfolio)!;
            if (services.GetRequiredService<TelephonyAccounts>().For(code) is not { } account)
            {
                return await FailAsync(output, $"portfolio '{code}' has no telephony account (set Twilio:AccountSid, Twilio:AuthToken and Twilio:PublicBaseUrl)");
            }

            // The simulator signs its webhooks with the demo account's token, so it can text only a portfolio that uses it.
            if (!services.GetRequiredService<TelephonyAccounts>().IsDemo(account))
            {
                return await FailAsync(output, $"portfolio '{code}' uses its own Twilio account, not the simulator's demo account; the simulator cannot text it");
            }

            var normalizer = services.GetRequiredService<PhoneNumberNormalizer>();
            if (!normalizer.TryNormalize(parseResult.GetValue(from), out var sender, out _))
            {
                return await FailAsync(output, "--from is not a phone number");
            }

            var hubNumber = DemoCallers.FirstPropertyNumber();
            if (parseResult.GetValue(to) is { } given && !normalizer.TryNormalize(given, out hubNumber, out _))
            {
                return await FailAsync(output, "--to is not a phone number");
            }

            var routes = new CallRoutes($"/telephony/twilio/{Uri.EscapeDataString(code)}");
            var url = account.PublicBaseUrl.ToString().TrimEnd('/') + routes.PathOf(WebhookKind.IncomingSms);
            var fields = new Dictionary<string, string> { ["From"] = sender, ["To"] = hubNumber, ["Body"] = parseResult.GetValue(text)!, ["Url"] = url };
            return await AskAsync<SimulatedSms>(services, twilio, "/__simulate/sms", fields, output, async sms =>
            {
                if (parseResult.GetValue(json))
                {
                    await output.WriteLineAsync(CliJson.Serialize(sms));
                }
                else
                {
                    await output.WriteLineAsync($"Texted {sms.Message.To} from {sms.Message.From}: \"{sms.Message.Body}\" ({sms.Message.Sid})");
                    await WriteAnswerAsync(output, sms.Exchange);
                    foreach (var reply in sms.Replies)
                    {
                        await output.WriteLineAsync($"The hub texted back to {reply.To}: \"{reply.Body}\"");
                    }

                    if (sms.TwimlProblem is { } problem)
                    {
                        await output.WriteLineAsync($"Nothing was texted back: {problem}");
                    }
                    else if (sms.Replies.Count == 0 && IsSuccess(sms.Exchange))
                    {
                        // The hub answers a technician's text through the API (an outbox row), a moment later.
                        var texted = await TextsSinceAsync(services, twilio, sms.Message, ct);
                        if (texted.Count == 0)
                        {
                            await output.WriteLineAsync("The hub texted nothing back.");
                        }

                        foreach (var answer in texted)
                        {
                            await output.WriteLineAsync($"The hub texted {answer.To}: \"{answer.Body}\"");
                        }
                    }
                }

                return IsSuccess(sms.Exchange) ? 0 : 1;
            }, ct);
        }, ct));
        return command;
    }

    private static Command Press()
    {
        var to = new Option<string?>("--to") { Description = "The phone the hub called (default: any): its latest call not yet answered is picked up" };
        var call = new Option<string?>("--call") { Description = "The CallSid of the call to pick up (again, if it was answered before)" };
        var digits = new Option<string>("--digits") { Description = "The keys pressed at the call's prompt (default: 1)", DefaultValueFactory = _ => "1" };
        var json = CliOptions.Json();
        var command = new Command("press", "Pick up a notification call the running hub placed, press keys, and print what the hub said") { to, call, digits, json };
        command.SetAction((parseResult, ct) => WithSimulatorAsync(parseResult, async (services, twilio, output) =>
        {
            var fields = new Dictionary<string, string> { ["Digits"] = parseResult.GetValue(digits)! };
            if (parseResult.GetValue(to) is { } given)
            {
                if (!services.GetRequiredService<PhoneNumberNormalizer>().TryNormalize(given, out var phone, out _))
                {
                    return await FailAsync(output, "--to is not a phone number");
                }

                fields["To"] = phone;
            }

            if (parseResult.GetValue(call) is { } callSid)
            {
                fields["CallSid"] = callSid;
            }

            return await AskAsync<SimulatedAnswer>(services, twilio, "/__simulate/answer", fields, output, async answered =>
            {
                if (parseResult.GetValue(json))
                {
                    await output.WriteLineAsync(CliJson.Serialize(answered));
                    return Outcome(answered);
                }

                await output.WriteLineAsync($"Picked up {answered.CallSid} from {answered.From} on {answered.To} and pressed {answered.Answer.Digits}:");
                foreach (var line in answered.Answer.Transcript)
                {
                    await output.WriteLineAsync($"  {(line.Speaker == CallSpeaker.Hub ? "hub:  " : "phone:")} {line.Text}");
                }

                if (answered.Answer.Exchanges.FirstOrDefault(e => e.Kind == TwilioWebhookKind.GatherAction) is { } keys)
                {
                    await WriteAnswerAsync(output, keys);
                }

                var ending = answered.Answer.Ending;
                await output.WriteLineAsync($"The call ended: {Ended(ending.Reason)}{(ending.Detail is null ? string.Empty : " (" + ending.Detail + ")")}");
                return Outcome(answered);
            }, ct);
        }, ct));
        return command;
    }

    /// <summary>Finds the serving hub and its Twilio simulator, and runs the command with the hub's services; exit 2 when either is missing.</summary>
    private static async Task<int> WithSimulatorAsync(ParseResult parseResult, Func<IServiceProvider, Uri, TextWriter, Task<int>> action, CancellationToken ct)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var data = new DataDirectory(parseResult.GetValue(CliOptions.Data)!);
        if (HubLock.ReadHolder(data.LockFile) is not { } hub)
        {
            return await FailAsync(output, $"no hub is serving from {data.Path}; start one first (`aipc serve`, or `dotnet run --project src/Hub`)");
        }

        if (hub.Simulators?.GetValueOrDefault("twilio") is not { } twilio)
        {
            return await FailAsync(output, $"the hub at {hub.Url} runs no Twilio simulator (Simulators:Enabled is off, or its port was taken; see the hub's log)");
        }

        await using var cli = await CliServices.OpenAsync(parseResult, ct);
        cli.Get<HubAddress>().Local = new Uri(hub.Url);
        return await action(cli.Provider, new Uri(twilio), output);
    }

    /// <summary>Posts to the simulator and prints its answer; a refusal of the simulator (no such call, bad input) or no simulator at all is exit 2.</summary>
    private static async Task<int> AskAsync<T>(
        IServiceProvider services, Uri twilio, string path, Dictionary<string, string> fields, TextWriter output, Func<T, Task<int>> print, CancellationToken ct)
    {
        using var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(SimulateCommand));
        http.Timeout = Patience;
        using var content = new FormUrlEncodedContent(fields);
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(new Uri(twilio, path), content, ct);
        }
        catch (HttpRequestException e)
        {
            return await FailAsync(output, $"the Twilio simulator at {twilio} does not answer ({e.Message})");
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            if ((int)response.StatusCode is not (200 or 502))
            {
                var error = JsonDocument.Parse(body).RootElement.TryGetProperty("error", out var e) ? e.GetString() : body;
                return await FailAsync(output, error ?? body);
            }

            return await print(JsonSerializer.Deserialize<T>(body, SimulatorJson.Options)!);
        }
    }

    /// <summary>What the hub texted the sender through the API within a few seconds of the sender's text.</summary>
    private static async Task<List<TwilioLedgerMessage>> TextsSinceAsync(IServiceProvider services, Uri twilio, TwilioLedgerMessage sent, CancellationToken ct)
    {
        using var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(SimulateCommand));
        var ledger = new Uri(twilio, "/__ledger/messages?number=" + Uri.EscapeDataString(sent.From));
        var texted = new List<TwilioLedgerMessage>();
        for (var poll = 0; poll < 20 && texted.Count == 0; poll++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
            var messages = JsonSerializer.Deserialize<List<TwilioLedgerMessage>>(await http.GetStringAsync(ledger, ct), SimulatorJson.Options) ?? [];
            texted = messages.Where(m => m.To == sent.From && m.Direction == TwilioMessageDirection.OutboundApi && m.ReceivedAt >= sent.ReceivedAt).ToList();
        }

        return texted;
    }

    private static async Task WriteAnswerAsync(TextWriter output, WebhookExchange exchange) =>
        await output.WriteLineAsync(exchange.StatusCode is { } status
            ? $"The hub answered {status} to {exchange.Url}{(IsSuccess(exchange) ? string.Empty : ": " + exchange.ResponseBody.Trim())}"
            : $"The hub did not answer {exchange.Url}: {exchange.Failure}");

    private static string Ended(CallEndReason reason) => reason switch
    {
        CallEndReason.Hangup => "hung up",
        CallEndReason.Transfer => "transferred",
        CallEndReason.Recording => "message recorded",
        _ => "error",
    };

    private static int Outcome(SimulatedAnswer answered) =>
        answered.Answer.Ending.Reason != CallEndReason.Error && answered.Answer.Exchanges.All(IsSuccess) ? 0 : 1;

    private static bool IsSuccess(WebhookExchange exchange) => exchange.StatusCode is >= 200 and <= 299;

    private static async Task<int> FailAsync(TextWriter output, string error)
    {
        await output.WriteLineAsync("error: " + error);
        return 2;
    }
}
