using AiPhoneCoverage.Hub.Calls;
using AiPhoneCoverage.Hub.Pms;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Hosting;

/// <summary>
/// Where each portfolio's texts, calls and work orders go, one line per portfolio, as `serve` prints them on start:
/// a simulator only when the portfolio's own settings point at it. Secrets never appear: an account shows as AC…last4,
/// a URL without its user info and query.
/// </summary>
internal sealed class PortfolioDestinations(HubDatabase database, TelephonyAccounts accounts, PmsTargets pms, HubAddress address)
{
    public async Task<IReadOnlyList<string>> DescribeAsync(CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.System);
        var portfolios = await db.Portfolios.AsNoTracking().OrderBy(p => p.Code).Select(p => new { p.Id, p.Code }).ToListAsync(cancellationToken);
        var properties = await db.Properties.AsNoTracking().ToListAsync(cancellationToken);
        return portfolios.Select(p =>
        {
            var workOrders = properties.Where(r => r.PortfolioId == p.Id).OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => $"{r.Code} → {WorkOrders(r)}").ToList();
            return $"portfolio {p.Code}: texts and calls → {Telephony(p.Code)}; work orders: {(workOrders.Count == 0 ? "no properties" : string.Join(", ", workOrders))}";
        }).ToList();
    }

    private string Telephony(string portfolioCode)
    {
        if (accounts.For(portfolioCode) is not { } account)
        {
            return "nowhere (no Twilio account configured)";
        }

        var api = account.ApiBaseUrl ?? TelephonyAccounts.PublicApi;
        var who = accounts.IsDemo(account) ? "demo account" : $"account {Mask(account.AccountId)}";
        var simulated = accounts.IsDemo(account) || IsRunningSimulator("twilio", api);
        return $"Twilio{(simulated ? " simulator" : string.Empty)} {Show(api)} ({who})";
    }

    private string WorkOrders(PropertyRecord property)
    {
        if (pms.For(property) is not { } target)
        {
            return "no PMS";
        }

        var plugin = property.PmsPlugin!;
        if (!target.Settings.TryGetValue("baseUrl", out var baseUrl) || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var url))
        {
            return $"{plugin} (the plugin's default URL)";
        }

        return $"{plugin}{(IsRunningSimulator(plugin, url) ? " simulator" : string.Empty)} {Show(url)}";
    }

    private bool IsRunningSimulator(string name, Uri url) =>
        address.Simulators.TryGetValue(name, out var running) && url.IsLoopback && running.Port == url.Port;

    /// <summary>AC…1234: enough to tell accounts apart, nothing to use.</summary>
    internal static string Mask(string accountId) => accountId.Length <= 6 ? "…" : accountId[..2] + "…" + accountId[^4..];

    /// <summary>The URL without user info, query or fragment, where a secret could hide.</summary>
    internal static string Show(Uri url) => url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.Unescaped).TrimEnd('/');
}
