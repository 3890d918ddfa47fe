using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>
/// Reads the status of dispatches a vendor has not decided yet, when each is due (<see cref="VendorDispatchRecord.NextPollAt"/>),
/// and applies the answer (<see cref="VendorDecisions"/>). Each dispatch is settled in its own transaction, guarded by
/// its revision: when two nodes read the same one, the second write is dropped.
/// </summary>
internal sealed partial class VendorStatusWorker(
    HubDatabase database,
    IServiceProvider services,
    VendorSettings settings,
    VendorDecisions decisions,
    IOptions<VendorOptions> options,
    TimeProvider time,
    ILogger<VendorStatusWorker> logger) : BackgroundService
{
    /// <summary>Reads every status due now; returns how many dispatches it updated.</summary>
    public async Task<int> ReadDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        List<(Guid PortfolioId, Guid Id)> due;
        await using (var db = database.Open(PortfolioScope.System))
        {
            due = (await db.VendorDispatches.AsNoTracking()
                    .Where(d => d.Status == VendorDispatchStatus.Sent && d.NextPollAt != null && d.NextPollAt <= now)
                    .OrderBy(d => d.NextPollAt).Take(50).Select(d => new { d.PortfolioId, d.Id }).ToListAsync(cancellationToken))
                .Select(d => (d.PortfolioId, d.Id)).ToList();
        }

        var updated = 0;
        foreach (var (portfolioId, id) in due)
        {
            if (await ReadOneAsync(portfolioId, id, cancellationToken))
            {
                updated++;
            }
        }

        return updated;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ReadDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex.GetType().Name);
            }

            await Task.Delay(options.Value.StatusPollInterval, time, stoppingToken);
        }
    }

    private async Task<bool> ReadOneAsync(Guid portfolioId, Guid id, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.For(portfolioId));
        var dispatch = await db.VendorDispatches.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dispatch is not { Status: VendorDispatchStatus.Sent, NextPollAt: { } due } || due > time.GetUtcNow())
        {
            return false;
        }

        var vendor = await db.Vendors.AsNoTracking().SingleAsync(v => v.Id == dispatch.VendorId, cancellationToken);
        var row = await db.Outbox.AsNoTracking().SingleAsync(o => o.Id == dispatch.Id, cancellationToken);
        var payload = VendorDispatchPayload.Read(row.PayloadJson);
        var read = services.GetKeyedService<IVendorDispatcher>(vendor.Dispatcher) is { } dispatcher
            ? await ReadSafelyAsync(dispatcher, dispatch.ExternalId ?? row.CorrelationKey, settings.For(vendor), cancellationToken)
            : Result<DispatchReceipt>.Failure(ProviderError.Permanent("no_dispatcher", $"the '{vendor.Dispatcher}' vendor dispatcher is not loaded (see `aipc plugins`)"));
        var now = time.GetUtcNow();
        if (read.IsSuccess)
        {
            await decisions.ApplyAsync(db, dispatch, vendor, payload, row.CorrelationKey, read.Value, now, cancellationToken);
        }
        else if (read.Error.Kind == ErrorKind.Permanent)
        {
            // The status cannot be read (no statusUrl, an unknown job): the dispatch stays sent, for an operator to follow up.
            dispatch.NextPollAt = null;
            dispatch.Revision++;
            VendorAudit.Add(db, dispatch.Subject, "vendor_status_unreadable", new
            {
                dispatch = dispatch.Id.ToString("N"), reference = dispatch.WorkOrderRef, vendor = vendor.Code, error = read.Error.Code,
            }, now);
        }
        else
        {
            var wait = decisions.NextWait(dispatch, now);
            dispatch.NextPollAt = now + (read.Error.RetryAfter is { } asked && asked > wait ? asked : wait);
            dispatch.Revision++;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false; // another node read it at the same time and wrote first
        }
    }

    private static async Task<Result<DispatchReceipt>> ReadSafelyAsync(
        IVendorDispatcher dispatcher, string externalId, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        try
        {
            return await dispatcher.GetStatusAsync(externalId, settings, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return Result<DispatchReceipt>.Failure(ProviderError.Transient("exception", ex.GetType().Name));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vendor status pass failed ({Error}); trying again at the next poll")]
    private static partial void LogFailed(ILogger logger, string error);
}
