namespace AiPhoneCoverage.Simulators;

/// <summary>A subscriber's location (a property): the trades and priorities a work order there may name (else 400).</summary>
public sealed record ServiceChannelLocation(long Id, string StoreId, string Name, IReadOnlyList<string> Trades, IReadOnlyList<string> Priorities);
