namespace AiPhoneCoverage.Hub.Routing;

/// <summary>
/// The portfolio file's <c>messages</c> section: the texts the hub sends residents. Placeholders in braces are filled
/// in (<c>{reference}</c>, <c>{property}</c>, <c>{unit}</c>, <c>{category}</c>, <c>{nextSteps}</c>, <c>{technician}</c>,
/// <c>{vendor}</c>); a text left out keeps its default (<see cref="ResidentMessages"/>).
/// </summary>
internal sealed record MessagesDocument
{
    /// <summary>Sent when the work order is taken: the reference number and what happens next.</summary>
    public string? Confirmation { get; init; }

    /// <summary>What happens next, per urgency (emergency, urgent, routine, none), put in <c>{nextSteps}</c>.</summary>
    public IReadOnlyDictionary<string, string>? NextSteps { get; init; }

    /// <summary>Sent when a technician has acknowledged the page.</summary>
    public string? TechnicianOnTheWay { get; init; }

    /// <summary>Sent when a vendor has accepted the work order.</summary>
    public string? VendorAssigned { get; init; }
}
