using System.CommandLine;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Pms;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>
/// `aipc pms sync --property CODE [--portfolio CODE] [--whole]` and `aipc pms check --property CODE [--portfolio CODE]`.
/// On the embedded default with nothing serving, the demo's PMS simulators run for the command's duration.
/// </summary>
internal static class PmsCommand
{
    public static Command Create() => new("pms", "A property's PMS connection: sync its roster, check it") { Sync(), Check() };

    private static Command Sync()
    {
        var property = CliOptions.Property();
        var portfolio = CliOptions.Portfolio();
        var whole = new Option<bool>("--whole") { Description = "Read the whole roster even when the PMS can list changes (finds moved-out residents)" };
        var command = new Command("sync", "Bring a property's roster in line with its PMS now") { property, portfolio, whole };
        command.SetAction(async (parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var holder = HubLock.ReadHolder(new DataDirectory(parseResult.GetValue(CliOptions.Data)!).LockFile);
            if (holder is not null)
            {
                return await AskRunningHubAsync(holder, parseResult.GetValue(property)!, parseResult.GetValue(portfolio), parseResult.GetValue(whole), output, ct);
            }

            return await WithPropertyAsync(parseResult, property, portfolio, async (services, target, output) =>
            {
                var result = await services.Get<PmsRosterSync>().SyncAsync(target, parseResult.GetValue(whole), ct);
                if (!result.IsSuccess)
                {
                    await output.WriteLineAsync($"error: {target.PropertyCode}: {result.Error}");
                    return 1;
                }

                return await PrintAsync(output, PmsSyncReport.From(target, result.Value));
            }, ct);
        });
        return command;
    }

    private static async Task<int> PrintAsync(TextWriter output, PmsSyncReport report)
    {
        await output.WriteLineAsync(report.Line);
        foreach (var skipped in report.Skipped)
        {
            await output.WriteLineAsync("  " + skipped);
        }

        return report.Skipped.Count == 0 ? 0 : 2;
    }

    private static async Task<int> AskRunningHubAsync(HubLockInfo hub, string property, string? portfolio, bool whole, TextWriter output, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = new Uri(hub.Url), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", hub.AdminToken);
        var query = $"/api/v1/properties/{Uri.EscapeDataString(property)}/pms/sync?whole={(whole ? "true" : "false")}"
            + (portfolio is null ? string.Empty : $"&portfolio={Uri.EscapeDataString(portfolio)}");
        using var response = await http.PostAsync(query, null, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            var error = System.Text.Json.JsonDocument.Parse(body).RootElement.TryGetProperty("error", out var e) ? e.GetString() : body;
            await output.WriteLineAsync($"error: {property}: {error}");
            return 1;
        }

        return await PrintAsync(output, System.Text.Json.JsonSerializer.Deserialize<PmsSyncReport>(body, System.Text.Json.JsonSerializerOptions.Web)!);
    }

    private static Command Check()
    {
        var property = CliOptions.Property();
        var portfolio = CliOptions.Portfolio();
        var command = new Command("check", "Test a property's PMS connection and print what it found") { property, portfolio };
        command.SetAction((parseResult, ct) => WithPropertyAsync(parseResult, property, portfolio, async (services, target, output) =>
        {
            PropertyRecord record;
            await using (var db = services.Get<HubDatabase>().Open(PortfolioScope.For(target.PortfolioId)))
            {
                record = await db.Properties.AsNoTracking().SingleAsync(p => p.Id == target.PropertyId, ct);
            }

            if (services.Get<PmsTargets>().For(record) is not { } pms)
            {
                await output.WriteLineAsync($"error: property '{record.Code}' has no PMS connection");
                return 1;
            }

            if (services.Provider.GetKeyedService<IPmsConnector>(record.PmsPlugin!) is not { } connector)
            {
                await output.WriteLineAsync($"error: the '{record.PmsPlugin}' PMS connector is not loaded (see `aipc plugins`)");
                return 1;
            }

            await output.WriteLineAsync($"{record.Code}: {record.PmsPlugin} property {record.PmsPropertyId}");
            var units = await connector.GetUnitsAsync(pms, ct);
            await output.WriteLineAsync(units.IsSuccess ? $"  units: {units.Value.Count} ({units.Value.Count(u => u.Vacant)} vacant)" : $"  units: error {units.Error}");
            var residents = 0;
            string? cursor = null;
            Result<RosterPage> page;
            do
            {
                page = await connector.ExportRosterAsync(pms, cursor, ct);
                residents += page.IsSuccess ? page.Value.Residents.Count : 0;
                cursor = page.IsSuccess ? page.Value.NextCursor : null;
            }
            while (cursor is not null);

            await output.WriteLineAsync(page.IsSuccess ? $"  residents: {residents}" : $"  residents: error {page.Error}");
            var vocabulary = await connector.GetVocabularyAsync(pms, ct);
            if (!vocabulary.IsSuccess)
            {
                await output.WriteLineAsync($"  vocabulary: error {vocabulary.Error}");
                return 1;
            }

            var lists = vocabulary.Value;
            await output.WriteLineAsync($"  categories: {string.Join(", ", lists.Categories.Select(c => c.Description))}");
            await output.WriteLineAsync($"  priorities: {string.Join(", ", lists.Priorities.Select(c => c.Description))}");
            await output.WriteLineAsync($"  statuses: {string.Join(", ", lists.Statuses.Select(c => c.Description))}");
            await output.WriteLineAsync("  mapping (canonical -> this customer's):");
            foreach (var category in Enum.GetValues<Category>())
            {
                var mapped = VocabularyMapping.MapCategory(lists, category, pms.Settings);
                await output.WriteLineAsync($"    {category.ToWire(),-12} -> {(mapped.IsSuccess ? mapped.Value.Description : "error " + mapped.Error.Code)}");
            }

            foreach (var urgency in new[] { Urgency.Emergency, Urgency.Urgent, Urgency.Routine })
            {
                var mapped = VocabularyMapping.MapPriority(lists, urgency, pms.Settings);
                await output.WriteLineAsync($"    {urgency.ToWire(),-12} -> {(mapped.IsSuccess ? mapped.Value.Description : "error " + mapped.Error.Code)}");
            }

            return units.IsSuccess && page.IsSuccess ? 0 : 1;
        }, ct));
        return command;
    }

    private static async Task<int> WithPropertyAsync(
        ParseResult parseResult, Option<string> property, Option<string?> portfolio, Func<CliServices, PropertyRef, TextWriter, Task<int>> action, CancellationToken ct)
    {
        var output = parseResult.InvocationConfiguration.Output;
        await using var services = await CliServices.OpenAsync(parseResult, ct);
        var (target, error) = await services.Get<PropertyDirectory>().FindAsync(parseResult.GetValue(property)!, parseResult.GetValue(portfolio), ct);
        if (target is null)
        {
            await output.WriteLineAsync("error: " + error);
            return 1;
        }

        using var simulators = DemoSimulators(services);
        return await action(services, target, output);
    }

    /// <summary>The demo's PMS simulators, when this command is alone on the embedded default (a serving hub runs its own).</summary>
    private static SimulatorHost? DemoSimulators(CliServices services)
    {
        var options = services.Get<Microsoft.Extensions.Options.IOptions<SimulatorOptions>>().Value;
        if (!options.Enabled || services.Get<HubDatabase>().Provider != StorageProvider.Sqlite || HubLock.ReadHolder(services.Data.LockFile) is not null)
        {
            return null;
        }

        var seed = File.Exists(DemoPortfolio.File) ? SimulatorSeed.Load(DemoPortfolio.File) : SimulatorSeed.Empty;
        var host = SimulatorHost.Start(options, seed, services.Data.Combine("simulators"), services.Get<Calls.TelephonyAccounts>().Demo(), services.Get<TimeProvider>());
        foreach (var simulator in host.Simulators)
        {
            services.Get<HubAddress>().Simulators[simulator.Name] = new Uri(simulator.Url);
        }

        return host;
    }
}
