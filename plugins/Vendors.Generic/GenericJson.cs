using System.Text.Json.Serialization;

namespace AiPhoneCoverage.Plugins.Vendors.Generic;

/// <summary>
/// Source-generated JSON for the webhook body and the vendor's answers: camelCase on the wire, nulls left out, names
/// read without regard to case. (Reflection-based JSON would keep the plugin from unloading.)
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(DispatchPayload))]
[JsonSerializable(typeof(VendorAnswer))]
[JsonSerializable(typeof(VendorRefusal))]
internal sealed partial class GenericJson : JsonSerializerContext;
