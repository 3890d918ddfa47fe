using System.Text.Json.Serialization;

namespace AiPhoneCoverage.Plugins.AppFolio;

/// <summary>
/// Source-generated JSON for everything the connector reads and writes: PascalCase on the wire, names matched without
/// regard to case, ids accepted as strings or numbers. (Reflection-based JSON would keep the plugin from unloading.)
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(TextOrNumberConverter)])]
[JsonSerializable(typeof(ListAnswer<TenantDto>))]
[JsonSerializable(typeof(ListAnswer<UnitDto>))]
[JsonSerializable(typeof(ListAnswer<VendorDto>))]
[JsonSerializable(typeof(ListAnswer<WorkOrderDto>))]
[JsonSerializable(typeof(WorkOrderDto))]
[JsonSerializable(typeof(NewWorkOrderDto))]
[JsonSerializable(typeof(ErrorsDto))]
internal sealed partial class AppFolioJson : JsonSerializerContext;
