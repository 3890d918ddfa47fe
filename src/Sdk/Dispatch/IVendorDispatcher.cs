namespace AiPhoneCoverage.Sdk;

/// <summary>Sends work orders to vendors or technicians and reports acceptance.</summary>
public interface IVendorDispatcher
{
    /// <summary>Sends the work order.</summary>
    /// <param name="request">The dispatch.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The vendor's receipt.</returns>
    Task<Result<DispatchReceipt>> DispatchAsync(DispatchRequest request, CancellationToken cancellationToken);

    /// <summary>Reads a dispatch's current status.</summary>
    /// <param name="externalId">The vendor's id.</param>
    /// <param name="settings">The vendor's connection settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The receipt with the current status.</returns>
    Task<Result<DispatchReceipt>> GetStatusAsync(string externalId, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken);
}
