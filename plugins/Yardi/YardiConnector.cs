using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Yardi;

/// <summary>
/// Yardi Voyager through the SOAP ItfServiceRequests interface: the roster from GetResident_Search (all of it on one
/// page; Voyager offers no changes-since, so <c>since:</c> cursors get the whole roster), units from that roster, the
/// customer's lists from GetCustomValues (cached per property for five minutes), work orders created with
/// CreateOrEditServiceRequests carrying the correlation key in their full description, found again with
/// GetServiceRequest_Search and read with GetServiceRequests. It never retries and never logs.
/// </summary>
public sealed class YardiConnector : IPmsConnector
{
    private const string SincePrefix = "since:";

    private readonly YardiSoapClient _soap;
    private readonly YardiVocabularyCache _vocabularies;
    private readonly TimeProvider _time;

    /// <summary>Creates the connector over the hub's HTTP clients (the named client <c>yardi</c>).</summary>
    /// <param name="httpClientFactory">The hub's factory.</param>
    /// <param name="time">The hub's clock, for the search window and the cache; the system clock when null.</param>
    public YardiConnector(IHttpClientFactory httpClientFactory, TimeProvider? time = null)
    {
        _soap = new YardiSoapClient(httpClientFactory);
        _time = time ?? TimeProvider.System;
        _vocabularies = new YardiVocabularyCache(_time);
    }

    /// <inheritdoc />
    public async Task<Result<RosterPage>> ExportRosterAsync(PmsProperty target, string? cursor, CancellationToken cancellationToken)
    {
        if (cursor is not null && !cursor.StartsWith(SincePrefix, StringComparison.Ordinal))
        {
            return ProviderError.Permanent("invalid_cursor", "The Yardi connector issues no roster cursors; start the export again without one.");
        }

        var residents = await ReadRosterAsync(target, cancellationToken);
        return residents.IsSuccess ? new RosterPage(residents.Value, NextCursor: null) : Result<RosterPage>.Failure(residents.Error);
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<PmsUnit>>> GetUnitsAsync(PmsProperty target, CancellationToken cancellationToken)
    {
        var residents = await ReadRosterAsync(target, cancellationToken);
        return residents.IsSuccess ? Result<IReadOnlyList<PmsUnit>>.Success(YardiRoster.Units(residents.Value)) : Result<IReadOnlyList<PmsUnit>>.Failure(residents.Error);
    }

    /// <inheritdoc />
    public async Task<Result<PmsVocabulary>> GetVocabularyAsync(PmsProperty target, CancellationToken cancellationToken)
    {
        var settings = YardiSettings.Read(target);
        return settings.IsSuccess ? await VocabularyAsync(settings.Value, cancellationToken) : Result<PmsVocabulary>.Failure(settings.Error);
    }

    /// <inheritdoc />
    public async Task<Result<WorkOrderReceipt>> CreateWorkOrderAsync(PmsProperty target, WorkOrderRequest workOrder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workOrder);
        const string What = "create a work order";
        var read = YardiSettings.Read(target);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        var settings = read.Value;
        var vocabulary = await VocabularyAsync(settings, cancellationToken);
        if (!vocabulary.IsSuccess)
        {
            return vocabulary.Error;
        }

        var category = VocabularyMapping.MapCategory(vocabulary.Value, workOrder.Category, target.Settings);
        var priority = VocabularyMapping.MapPriority(vocabulary.Value, workOrder.Urgency, target.Settings);
        if (!category.IsSuccess || !priority.IsSuccess)
        {
            return category.Error ?? priority.Error!;
        }

        var document = ServiceRequestDocument.Build(settings, workOrder, category.Value, priority.Value);
        var answer = await _soap.CallAsync(settings, "CreateOrEditServiceRequests", propertyScoped: true,
            [YardiEnvelope.Parameter("ServiceRequestXml", document)], What, YardiCallKind.Write, cancellationToken);
        if (!answer.IsSuccess)
        {
            return answer.Error;
        }

        var echoed = ServiceRequestRecord.ReadAll(answer.Value);
        var created = echoed.Count > 0 ? echoed[0] : null;
        if (created?.Errors is [var first, ..])
        {
            return YardiErrors.FromText(first, What, settings);
        }

        if (created is { Id: > 0 })
        {
            return created.Receipt(target.Settings);
        }

        // Voyager may accept a service request without echoing its id: look it up by the key it carries.
        var found = await FindAsync(settings, workOrder.CorrelationKey, cancellationToken);
        return found is { IsSuccess: true, Value: { } receipt }
            ? receipt
            : ProviderError.Unknown("no_id", "Yardi accepted the work order without returning its id, and a search by correlation key did not find it yet; search again before any retry.");
    }

    /// <inheritdoc />
    public async Task<Result<WorkOrderReceipt?>> FindWorkOrderAsync(PmsProperty target, string correlationKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(correlationKey);
        var settings = YardiSettings.Read(target);
        return settings.IsSuccess ? await FindAsync(settings.Value, correlationKey, cancellationToken) : Result<WorkOrderReceipt?>.Failure(settings.Error);
    }

    /// <inheritdoc />
    public async Task<Result<WorkOrderReceipt>> GetWorkOrderAsync(PmsProperty target, string externalId, CancellationToken cancellationToken)
    {
        const string What = "read a work order";
        var read = YardiSettings.Read(target);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        if (!int.TryParse(externalId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return ProviderError.Permanent("not_found", "A Yardi service request id is a positive whole number.");
        }

        var answer = await _soap.CallAsync(read.Value, "GetServiceRequests", propertyScoped: true,
            [YardiEnvelope.Parameter("ServiceRequestIdArray", id.ToString(CultureInfo.InvariantCulture))], What, YardiCallKind.Read, cancellationToken);
        if (!answer.IsSuccess)
        {
            return answer.Error;
        }

        var records = ServiceRequestRecord.ReadAll(answer.Value);
        if (records.FirstOrDefault(r => r.Id == id) is { } record)
        {
            return record.Receipt(target.Settings);
        }

        return records.SelectMany(r => r.Errors).FirstOrDefault(e => !YardiErrors.IsEmptySearch(e)) is { } error
            ? YardiErrors.FromText(error, What, read.Value)
            : ProviderError.Permanent("not_found", $"Yardi has no service request {id} at property '{read.Value.PropertyId}'.");
    }

    private async Task<Result<IReadOnlyList<RosterEntry>>> ReadRosterAsync(PmsProperty target, CancellationToken cancellationToken)
    {
        var settings = YardiSettings.Read(target);
        if (!settings.IsSuccess)
        {
            return settings.Error;
        }

        var answer = await _soap.CallAsync(settings.Value, "GetResident_Search", propertyScoped: true, [], "read the roster", YardiCallKind.Read, cancellationToken);
        return answer.IsSuccess ? Result<IReadOnlyList<RosterEntry>>.Success(YardiRoster.Read(answer.Value)) : Result<IReadOnlyList<RosterEntry>>.Failure(answer.Error);
    }

    private Task<Result<PmsVocabulary>> VocabularyAsync(YardiSettings settings, CancellationToken cancellationToken) =>
        _vocabularies.GetAsync(settings.CacheKey, async () =>
        {
            var answer = await _soap.CallAsync(settings, "GetCustomValues", propertyScoped: false, [], "read the customer's lists", YardiCallKind.Read, cancellationToken);
            return answer.IsSuccess ? YardiCustomValuesReader.Read(answer.Value) : Result<PmsVocabulary>.Failure(answer.Error);
        });

    /// <summary>Searches the property's service requests of the last <see cref="YardiSettings.SearchDays"/> days for the key.</summary>
    private async Task<Result<WorkOrderReceipt?>> FindAsync(YardiSettings settings, string correlationKey, CancellationToken cancellationToken)
    {
        const string What = "search for a work order";
        var today = _time.GetUtcNow().UtcDateTime.Date;
        var answer = await _soap.CallAsync(settings, "GetServiceRequest_Search", propertyScoped: true,
            [
                YardiEnvelope.Parameter("FromDate", XmlConvert.ToString(today.AddDays(-settings.SearchDays), XmlDateTimeSerializationMode.Unspecified)),
                YardiEnvelope.Parameter("ToDate", XmlConvert.ToString(today.AddDays(1), XmlDateTimeSerializationMode.Unspecified)),
            ],
            What, YardiCallKind.Read, cancellationToken);
        if (!answer.IsSuccess)
        {
            return answer.Error;
        }

        var records = ServiceRequestRecord.ReadAll(answer.Value);
        if (records.Where(r => r.Id > 0 && CorrelationMarker.IsIn(r.FullDescription, correlationKey)).MinBy(r => r.Id) is { } match)
        {
            return match.Receipt(settings.All);
        }

        return records.SelectMany(r => r.Errors).FirstOrDefault(e => !YardiErrors.IsEmptySearch(e)) is { } error
            ? YardiErrors.FromText(error, What, settings)
            : Result<WorkOrderReceipt?>.None;
    }
}
