namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>A vendor as checked: code, name, dispatcher plugin, settings (in clear until stored) and E.164 SMS number.</summary>
internal sealed record VendorSpec(string Code, string Name, string Dispatcher, IReadOnlyDictionary<string, string> Settings, string? SmsPhone);
