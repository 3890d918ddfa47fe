namespace AiPhoneCoverage.Simulators;

/// <summary>A work order in the simulated ServiceChannel, as created through the API and changed since.</summary>
public sealed record ServiceChannelWorkOrder(
    long Id,
    string Number,
    long SubscriberId,
    long LocationId,
    long ProviderId,
    string Trade,
    string Category,
    string Priority,
    decimal? Nte,
    DateTimeOffset CallDate,
    string Description,
    string? Caller,
    string PrimaryStatus,
    string? ExtendedStatus,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
