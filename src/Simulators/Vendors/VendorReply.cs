namespace AiPhoneCoverage.Simulators;

/// <summary>How a simulated vendor answers a new dispatch.</summary>
public enum VendorReply
{
    /// <summary>202 with status <c>accepted</c>.</summary>
    Accept,

    /// <summary>409 with status <c>declined</c>.</summary>
    Decline,

    /// <summary>200 with status <c>pending</c>: the decision comes later, by status.</summary>
    Pending,
}
