namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>
/// Which queue a row waits in. Each lane has its own loop and its own slots, so a page or a resident's text never waits
/// behind work orders for a PMS that hangs for 45 s a request.
/// </summary>
internal enum OutboxLane
{
    /// <summary>Texts and page calls through the telephony provider.</summary>
    Telephony,

    /// <summary>Work orders for a PMS, dispatches for a vendor, and any other kind.</summary>
    WorkOrders,
}

/// <summary>The kinds of the telephony lane; every other kind waits in the work-order lane.</summary>
internal static class OutboxLanes
{
    public static readonly OutboxLane[] All = [OutboxLane.Telephony, OutboxLane.WorkOrders];

    public static readonly string[] TelephonyKinds = [OutboxKinds.Sms, OutboxKinds.PageCall];
}
