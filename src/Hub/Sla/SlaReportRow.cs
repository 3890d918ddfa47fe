namespace AiPhoneCoverage.Hub.Sla;

/// <summary>One line of the SLA compliance report: a property's clocks of one urgency and target.</summary>
/// <param name="Property">The property's code.</param>
/// <param name="TimeZone">The IANA zone its days were read in.</param>
/// <param name="From">Where its range starts: 00:00 local on the first day, at the property's offset then.</param>
/// <param name="To">Where its range ends (exclusive): 00:00 local on the day after the last.</param>
/// <param name="Urgency">emergency, urgent, routine or none.</param>
/// <param name="Target">acknowledge, on_site, contained, respond or reply.</param>
/// <param name="WorkOrders">Work orders with intake in the range (one clock each).</param>
/// <param name="Met">Met by their due time.</param>
/// <param name="Breached">Breached: noted so, met late, or unmet past due.</param>
/// <param name="Open">Unmet and not due yet.</param>
/// <param name="MedianToMeet">The median elapsed time from intake to the event that met the target (late ones too); null when none was met.</param>
/// <param name="WorstToMeet">The longest such time.</param>
internal sealed record SlaReportRow(
    string Property,
    string TimeZone,
    DateTimeOffset From,
    DateTimeOffset To,
    string Urgency,
    string Target,
    int WorkOrders,
    int Met,
    int Breached,
    int Open,
    TimeSpan? MedianToMeet,
    TimeSpan? WorstToMeet)
{
    /// <summary>Met over met plus breached, in percent; null while nothing is decided.</summary>
    public double? CompliancePercent => Met + Breached == 0 ? null : 100.0 * Met / (Met + Breached);
}
