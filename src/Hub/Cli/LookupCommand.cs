using System.CommandLine;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Residents;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>
/// `aipc lookup PHONE [--portfolio CODE] [--json]`: who is calling from this number. Asked of the running hub's roster index
/// when a hub holds the lock; otherwise answered from the database in this process.
/// </summary>
internal static class LookupCommand
{
    public static Command Create()
    {
        var phone = new Argument<string>("phone") { Description = "The caller ID, in any format" };
        var portfolio = CliOptions.Portfolio();
        var json = CliOptions.Json();
        var command = new Command("lookup", "Identify a caller from the roster index") { phone, portfolio, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var data = new DataDirectory(parseResult.GetValue(CliOptions.Data)!);
            var holder = HubLock.ReadHolder(data.LockFile);
            var matches = holder is not null
                ? await AskRunningHubAsync(holder, parseResult.GetValue(phone)!, parseResult.GetValue(portfolio), cancellationToken)
                : await AskDatabaseAsync(parseResult, parseResult.GetValue(phone)!, parseResult.GetValue(portfolio), cancellationToken);

            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(CliJson.Serialize(new { answeredBy = holder is null ? "database" : "hub", matches }));
            }
            else if (matches.Count == 0)
            {
                await output.WriteLineAsync("no resident has this number");
            }
            else
            {
                TextTable.Write(output, ["PORTFOLIO", "PROPERTY", "UNIT", "RESIDENT", "NAME"],
                    matches.Select(m => (IReadOnlyList<string>)[m.PortfolioCode, m.PropertyCode, m.UnitCode, m.ExternalId, $"{m.FirstName} {m.LastName}".Trim()]));
            }

            return matches.Count == 0 ? 3 : 0;
        });
        return command;
    }

    private static async Task<IReadOnlyList<CallerMatch>> AskRunningHubAsync(HubLockInfo hub, string phone, string? portfolio, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri(hub.Url), Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", hub.AdminToken);
        var query = $"/api/v1/lookup?phone={Uri.EscapeDataString(phone)}" + (portfolio is null ? string.Empty : $"&portfolio={Uri.EscapeDataString(portfolio)}");
        return await http.GetFromJsonAsync<List<CallerMatch>>(query, cancellationToken) ?? [];
    }

    private static async Task<IReadOnlyList<CallerMatch>> AskDatabaseAsync(ParseResult parseResult, string phone, string? portfolio, CancellationToken cancellationToken)
    {
        await using var services = await CliServices.OpenAsync(parseResult, cancellationToken);
        return await services.Get<CallerLookup>().FindAsync(phone, portfolio, cancellationToken);
    }
}
