using System.Text.Json.Serialization;

namespace AiPhoneCoverage.Plugins.Vendors.ServiceChannel;

/// <summary>
/// Source-generated JSON for everything the dispatcher reads and writes: PascalCase on the wire as ServiceChannel
/// writes it, names read without regard to case, ids as numbers or strings. (Reflection-based JSON would keep the
/// plugin from unloading.)
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(NewWorkOrderDto))]
[JsonSerializable(typeof(WorkOrderDto))]
[JsonSerializable(typeof(CreatedDto))]
[JsonSerializable(typeof(ODataPageDto))]
[JsonSerializable(typeof(TokenDto))]
[JsonSerializable(typeof(ErrorDto))]
internal sealed partial class ServiceChannelJson : JsonSerializerContext;
