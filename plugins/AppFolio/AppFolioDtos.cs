using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiPhoneCoverage.Plugins.AppFolio;

/// <summary>A list answer: <c>{"results": [...]}</c>, with <c>next_page_path</c> while more pages follow.</summary>
internal sealed record ListAnswer<T>(List<T>? Results, [property: JsonPropertyName("next_page_path")] string? NextPagePath);

internal sealed record TenantDto(
    string? Id, string? OccupancyId, string? UnitId, string? PropertyId, string? FirstName, string? LastName, string? Email,
    List<PhoneDto>? PhoneNumbers, string? Phone, string? Status);

internal sealed record PhoneDto(string? Type, string? Number);

internal sealed record UnitDto(string? Id, string? PropertyId, string? Name, string? UnitNumber, string? CurrentOccupancyId);

/// <summary>A vendor; <c>VendorTrades</c> is a list in the simulator, and may be a comma-separated string or null elsewhere.</summary>
internal sealed record VendorDto(string? Id, JsonElement? VendorTrades, bool? DoNotUseForWorkOrder);

internal sealed record WorkOrderDto(string? Id, string? PropertyId, string? UnitId, string? JobDescription, string? Priority, string? Status, string? CreatedAt);

/// <summary>The body of <c>POST /api/v1/work_orders</c> (pms-apis.md §5.3; <c>VendorTrade</c> carries the category).</summary>
internal sealed record NewWorkOrderDto(
    string PropertyId, string? UnitId, string? OccupancyId, string JobDescription, string? Instructions, string Priority, bool? PermissionToEnter, string? VendorTrade);

internal sealed record ErrorsDto(List<ErrorDto>? Errors);

internal sealed record ErrorDto(string? Message, string? Field);
