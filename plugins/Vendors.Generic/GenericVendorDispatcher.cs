using System.Text.Json;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Vendors.Generic;

/// <summary>
/// Dispatches a work order to any vendor with an HTTPS endpoint: a JSON webhook signed with the vendor's secret
/// (<c>AiPhoneCoverage-Signature: t=…,v1=…</c>) and carrying the correlation key as <c>Idempotency-Key</c>. The vendor
/// answers 202 (accepted), 409 (declined) or another 2xx (received, decision later, read with
/// <see cref="GetStatusAsync"/> from <c>GET {statusUrl}/{id}</c>). Texts to vendors are the hub's, not this plugin's.
/// </summary>
public sealed class GenericVendorDispatcher : IVendorDispatcher
{
    private const string DispatchWhat = "dispatch a work order";
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _time;

    /// <summary>Creates the dispatcher over the hub's HTTP clients (the named client <c>vendor.generic</c>).</summary>
    /// <param name="httpClientFactory">The hub's factory.</param>
    /// <param name="time">The clock that stamps signatures; the system clock when null.</param>
    public GenericVendorDispatcher(IHttpClientFactory httpClientFactory, TimeProvider? time = null)
    {
        _httpClientFactory = httpClientFactory ?? throw new ArgumentNullException(nameof(httpClientFactory));
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async Task<Result<DispatchReceipt>> DispatchAsync(DispatchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = WebhookSettings.Read(request.Settings);
        if (!settings.IsSuccess)
        {
            return Result<DispatchReceipt>.Failure(settings.Error);
        }

        if (request.NotToExceed is < 0)
        {
            return ProviderError.Permanent("invalid_request", "the not-to-exceed amount is negative.");
        }

        var order = request.WorkOrder;
        var json = JsonSerializer.Serialize(DispatchPayload.From(request, settings.Value.CallbackUrl), GenericJson.Default.DispatchPayload);
        var endpoint = new VendorEndpoint(_httpClientFactory, settings.Value, _time);
        var sent = await endpoint.PostAsync(
            settings.Value.WebhookUrl, json, order.CorrelationKey, DispatchWhat,
            [order.Summary, order.Description, order.AccessNotes, order.ContactPhone], cancellationToken);
        if (!sent.IsSuccess)
        {
            return Result<DispatchReceipt>.Failure(sent.Error);
        }

        var answer = sent.Value;
        if (answer.Unreadable)
        {
            return ProviderError.Unknown(
                "unexpected_answer",
                $"the vendor answered the dispatch with HTTP {answer.Status} and a body that is not JSON; it may have the job (a retry carries the same Idempotency-Key).");
        }

        // Without an id of its own, the vendor knows the job by the Idempotency-Key: GET {statusUrl}/{correlation key}.
        var id = string.IsNullOrWhiteSpace(answer.Body?.Id) ? order.CorrelationKey : answer.Body.Id.Trim();
        var status = answer.Body?.Status?.Trim() is { Length: > 0 } said ? said : null;
        return answer.Status switch
        {
            202 => new DispatchReceipt(id, true, status ?? DispatchStatus.Accepted),
            409 => new DispatchReceipt(id, false, DispatchStatus.Declined),
            _ => new DispatchReceipt(id, status is not null && DispatchStatus.IsAccepted(status), status ?? DispatchStatus.Pending),
        };
    }

    /// <inheritdoc />
    public async Task<Result<DispatchReceipt>> GetStatusAsync(string externalId, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        var read = WebhookSettings.Read(settings);
        if (!read.IsSuccess)
        {
            return Result<DispatchReceipt>.Failure(read.Error);
        }

        if (read.Value.StatusUrl is not { } statusUrl)
        {
            return ProviderError.Permanent("bad_settings", "the vendor setting 'statusUrl' is not set: this vendor's answer to the webhook is its only answer");
        }

        var url = new Uri(statusUrl.AbsoluteUri.TrimEnd('/') + "/" + Uri.EscapeDataString(externalId.Trim()));
        var answered = await new VendorEndpoint(_httpClientFactory, read.Value, _time).GetAsync(url, "read a dispatch's status", "unknown_job", cancellationToken);
        if (!answered.IsSuccess)
        {
            return Result<DispatchReceipt>.Failure(answered.Error);
        }

        var answer = answered.Value;
        if (answer.Status == 409)
        {
            return new DispatchReceipt(externalId, false, DispatchStatus.Declined);
        }

        if (answer.Body?.Status?.Trim() is not { Length: > 0 } status)
        {
            return ProviderError.Transient("malformed_answer", $"the vendor's status answer (HTTP {answer.Status}) has no status.");
        }

        var id = string.IsNullOrWhiteSpace(answer.Body.Id) ? externalId : answer.Body.Id.Trim();
        return new DispatchReceipt(id, DispatchStatus.IsAccepted(status), status);
    }
}
