namespace AiPhoneCoverage.Hub.Sla;

/// <summary>Where one SLA clock stands for the compliance report.</summary>
internal enum SlaOutcome
{
    /// <summary>Met by its due time.</summary>
    Met,

    /// <summary>Noted as breached, met after its due time, or still unmet past it.</summary>
    Breached,

    /// <summary>Not met yet and not due yet.</summary>
    Open,
}
