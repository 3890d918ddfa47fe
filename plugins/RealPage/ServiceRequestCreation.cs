using System.Globalization;
using System.Xml.Linq;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>
/// <c>AddServiceRequest</c> answers only a success flag (pms-apis.md §2.4), so after a success the new request is
/// found by its correlation key with <c>getservicerequests</c> over the last <c>lookbackDays</c>. A success that
/// cannot be found yet is an Unknown outcome: the hub searches again before any retry.
/// </summary>
internal sealed class ServiceRequestCreation(RpxClient client, RpxReads reads, TimeProvider time)
{
    /// <summary>The status a request has right after creation, when the gateway answered its id but the search failed ([L]).</summary>
    private const string InitialStatus = "Open";

    public async Task<Result<WorkOrderReceipt>> AddAsync(RpxSettings settings, string correlationKey, XElement payload, CancellationToken cancellationToken)
    {
        var answer = await client.CallAsync(settings, RpxNames.AddServiceRequest, RpxCallKind.Write, [payload], cancellationToken);
        if (!answer.IsSuccess)
        {
            return answer.Error;
        }

        var success = answer.Value.Text("Success");
        var returnedId = answer.Value.Text("ServiceRequestId");
        if (string.Equals(success, "false", StringComparison.OrdinalIgnoreCase))
        {
            return RpxErrors.FromRefusal(RpxNames.AddServiceRequest, answer.Value.Text("ErrorCode"), answer.Value.Text("ErrorMessage"), settings.Secrets);
        }

        if (!string.Equals(success, "true", StringComparison.OrdinalIgnoreCase) && returnedId is null)
        {
            return RpxErrors.Malformed(RpxNames.AddServiceRequest, RpxCallKind.Write);
        }

        var found = await FindAsync(settings, correlationKey, cancellationToken);
        if (found.IsSuccess && found.Value is { } receipt)
        {
            return receipt;
        }

        if (returnedId is not null)
        {
            return new WorkOrderReceipt(returnedId, InitialStatus, WorkOrderStates.Of(InitialStatus));
        }

        var why = found.IsSuccess ? "it is not in the service request list yet" : $"the search for it failed ({found.Error.Code})";
        return ProviderError.Unknown("no_id_returned",
            $"RealPage accepted AddServiceRequest without answering an id, and {why}; the hub searches by correlation key before any retry.");
    }

    public async Task<Result<WorkOrderReceipt?>> FindAsync(RpxSettings settings, string correlationKey, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var listed = await reads.ServiceRequestsAsync(settings, today.AddDays(-settings.LookbackDays), today.AddDays(1), null, cancellationToken);
        if (!listed.IsSuccess)
        {
            return Result<WorkOrderReceipt?>.Failure(listed.Error);
        }

        var match = listed.Value
            .Where(r => CorrelationMarker.IsIn(r.ServiceDetails, correlationKey))
            .OrderBy(r => long.TryParse(r.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue)
            .FirstOrDefault();
        return match is null ? Result<WorkOrderReceipt?>.None : Result<WorkOrderReceipt?>.Success(new WorkOrderReceipt(match.Id, match.Status, WorkOrderStates.Of(match.Status)));
    }
}
