namespace AiPhoneCoverage.Hub.Sla;

/// <summary>One named SLA target of an urgency: met within <paramref name="Within"/> of intake.</summary>
/// <param name="Name">acknowledge, on_site, contained, respond or reply.</param>
/// <param name="Within">Elapsed time from intake (not wall-clock time: a daylight-saving change does not move it).</param>
internal sealed record SlaTarget(string Name, TimeSpan Within);
