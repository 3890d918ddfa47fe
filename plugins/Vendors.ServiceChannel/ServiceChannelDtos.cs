using System.Text.Json.Serialization;

namespace AiPhoneCoverage.Plugins.Vendors.ServiceChannel;

/// <summary>The body of <c>POST /v3/workorders</c> (the "classic" create, pms-apis.md §4.1).</summary>
internal sealed record NewWorkOrderDto(
    ContractInfoDto ContractInfo,
    string Category,
    string Priority,
    decimal? Nte,
    string CallDate,
    string Description,
    string Caller,
    StatusDto Status);

internal sealed record ContractInfoDto(long? SubscriberId, long LocationId, string TradeName, long ProviderId);

internal sealed record StatusDto(string? Primary, string? Extended);

/// <summary>A work order as <c>GET /v3/workorders/{id}</c> and the OData list return it (only the attributes read here).</summary>
internal sealed record WorkOrderDto(long? Id, string? Number, string? Description, StatusDto? Status, IdDto? Location, IdDto? Provider);

internal sealed record IdDto(long? Id);

/// <summary>The answer to a create: the new work order's id.</summary>
internal sealed record CreatedDto(long? Id);

/// <summary>An OData page: <c>value</c> and, while there are more, <c>@odata.nextLink</c>.</summary>
internal sealed record ODataPageDto(
    [property: JsonPropertyName("value")] List<WorkOrderDto>? Value,
    [property: JsonPropertyName("@odata.nextLink")] string? NextLink);

/// <summary>The token endpoint's answer (OAuth 2.0, RFC 6749 §5.1).</summary>
internal sealed record TokenDto(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] long? ExpiresIn);

/// <summary>An error body: OAuth's <c>error</c>/<c>error_description</c>, or ASP.NET Web API's <c>Message</c> and <c>ModelState</c>.</summary>
internal sealed record ErrorDto(
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("error_description")] string? ErrorDescription,
    string? Message,
    Dictionary<string, List<string>>? ModelState);
