namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>What an outbox row delivers.</summary>
internal static class OutboxKinds
{
    /// <summary>A work order for a vendor through its dispatcher plugin (<see cref="Vendors.VendorDispatchPayload"/>).</summary>
    public const string VendorDispatch = "vendor_dispatch";

    /// <summary>A work order for the property's PMS (<see cref="WorkOrderPayload"/>).</summary>
    public const string WorkOrder = "work_order";

    /// <summary>A text message through the portfolio's telephony provider (<see cref="SmsPayload"/>).</summary>
    public const string Sms = "sms";

    /// <summary>A notification call that reads a page and asks to press 1 (<see cref="PageCallPayload"/>).</summary>
    public const string PageCall = "page_call";
}
