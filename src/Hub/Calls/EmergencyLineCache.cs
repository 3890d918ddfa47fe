using System.Collections.Frozen;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Calls;

/// <summary>
/// Each property number's emergency line, read from the database at start and every minute after, so that the degraded
/// path can still put a life-safety caller through to a person while the database is unavailable.
/// </summary>
internal sealed partial class EmergencyLineCache(HubDatabase database, ILogger<EmergencyLineCache> logger) : BackgroundService
{
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromMinutes(1);

    private FrozenDictionary<string, string> _lines = FrozenDictionary<string, string>.Empty;

    public string? LineFor(string calledNumber) => _lines.GetValueOrDefault(calledNumber);

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.System);
        var rows = await (
                from number in db.PropertyPhoneNumbers
                join property in db.Properties on new { number.PortfolioId, Id = number.PropertyId } equals new { property.PortfolioId, property.Id }
                where property.EmergencyLine != null
                select new { number.Number, property.EmergencyLine })
            .ToListAsync(cancellationToken);
        _lines = rows.ToFrozenDictionary(r => r.Number, r => r.EmergencyLine!, StringComparer.Ordinal);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RefreshEvery);
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Keep the last good copy: this cache exists for exactly the times the database is away.
                LogRefreshFailed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Emergency lines could not be refreshed ({Error}); the last copy stays in use")]
    private static partial void LogRefreshFailed(ILogger logger, string error);
}
