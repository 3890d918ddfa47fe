using System.Globalization;
using System.Xml.Linq;
using AiPhoneCoverage.Sdk;
using static AiPhoneCoverage.Plugins.RealPage.RpxEnvelope;

namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>The read operations this connector uses, each one call, answered in the connector's own types.</summary>
internal sealed class RpxReads(RpxClient client)
{
    public async Task<Result<IReadOnlyList<PmsUnit>>> UnitsAsync(RpxSettings settings, CancellationToken cancellationToken)
    {
        var result = await client.CallAsync(settings, RpxNames.UnitList, RpxCallKind.Read, [E("getunitlist", E("ExtensionData"))], cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error;
        }

        return result.Value.All("Unit")
            .Where(u => u.Text("UnitID") is not null && u.Text("UnitNumber") is not null)
            .Select(u => new PmsUnit(u.Text("UnitID")!, u.Text("UnitNumber")!, u.Text("BuildingName"), string.Equals(u.Text("Vacant"), "T", StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>Current residents (<c>status</c> C), every household member, in a stable order.</summary>
    public async Task<Result<List<RosterEntry>>> CurrentResidentsAsync(RpxSettings settings, CancellationToken cancellationToken)
    {
        var result = await client.CallAsync(settings, RpxNames.ResidentListInfo, RpxCallKind.Read,
            [E("getresidentlistinfo", E("ExtensionData"), E("headofhousehold", "false"), E("status", "C"))], cancellationToken);
        return result.IsSuccess ? RosterEntries.From(result.Value) : result.Error;
    }

    /// <summary>The problem, priority and location lists: three calls, in that order.</summary>
    public async Task<Result<RpxLists>> ListsAsync(RpxSettings settings, CancellationToken cancellationToken)
    {
        var problems = await ListAsync(settings, RpxNames.Problems, "problem", "problemid", cancellationToken);
        if (!problems.IsSuccess)
        {
            return problems.Error;
        }

        var priorities = await ListAsync(settings, RpxNames.Priorities, "priority", "priorityid", cancellationToken);
        if (!priorities.IsSuccess)
        {
            return priorities.Error;
        }

        var locations = await ListAsync(settings, RpxNames.Locations, "location", "locationid", cancellationToken);
        return locations.IsSuccess ? new RpxLists(problems.Value, priorities.Value, locations.Value) : locations.Error;
    }

    /// <summary><c>getservicerequests</c> created between the dates (inclusive), or the one with <paramref name="id"/>.</summary>
    public async Task<Result<List<RpxServiceRequest>>> ServiceRequestsAsync(
        RpxSettings settings, DateOnly? from, DateOnly? to, string? id, CancellationToken cancellationToken)
    {
        var filter = E("getservicerequests",
            from is { } start ? E("startdate", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
            to is { } end ? E("enddate", end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
            id is null ? null : E("servicerequestid", id));
        var result = await client.CallAsync(settings, RpxNames.ServiceRequests, RpxCallKind.Read, [filter], cancellationToken);
        return result.IsSuccess ? result.Value.All("servicerequest").Select(RpxServiceRequest.From).OfType<RpxServiceRequest>().ToList() : result.Error;
    }

    private async Task<Result<IReadOnlyList<VocabularyEntry>>> ListAsync(
        RpxSettings settings, string operation, string item, string idElement, CancellationToken cancellationToken)
    {
        var result = await client.CallAsync(settings, operation, RpxCallKind.Read, [], cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error;
        }

        return result.Value.All(item)
            .Where(e => e.Text(idElement) is not null)
            .Select(e => new VocabularyEntry(e.Text(idElement)!, e.Text("description") ?? e.Text(idElement)!))
            .ToList();
    }
}
