namespace AiPhoneCoverage.Simulators;

/// <summary>A provider (vendor) in the subscriber's network: the trades it serves and how it answers a dispatch.</summary>
public sealed record ServiceChannelProvider(long Id, string Name, IReadOnlyList<string> Trades, ServiceChannelProviderReply Reply);
