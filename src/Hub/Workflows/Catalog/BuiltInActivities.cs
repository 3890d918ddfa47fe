namespace AiPhoneCoverage.Hub.Workflows.Catalog;

/// <summary>
/// The v1 catalogue: flow activities and every intake and routing activity the default workflows use. docs/workflows.md
/// documents each one; their behaviour comes with the capability that needs it (triage, calls, PMS, routing).
/// </summary>
internal sealed class BuiltInActivities : IActivitySource
{
    public const string Flowchart = "Elsa.Flowchart";
    private const string Flow = "Flow";
    private const string Intake = "Intake";
    private const string Routing = "Routing";

    public IEnumerable<ActivityDescriptor> Activities { get; } =
    [
        new(Flowchart, 1, Flow, "Flowchart", "A flowchart container.", [], [], []) { IsContainer = true, IsBrowsable = false },
        new("Elsa.Start", 1, Flow, "Start", "Marks the start of the flowchart.", [], [], []) { IsStart = true },
        new("Elsa.End", 1, Flow, "End", "Ends the workflow.", [], [], []) { IsTerminal = true },
        new("Elsa.FlowDecision", 1, Flow, "Decision", "Follows True or False by a condition.",
            [new("Condition", "Boolean", "The condition, usually a JavaScript expression.", Required: true)], [], ["True", "False"]),
        new("Elsa.FlowSwitch", 1, Flow, "Switch", "Follows the first case whose value equals the expression, else Default.",
            [new("Value", "String", "The value to match.", Required: true), new("Cases", "String", "Comma-separated case values; each is an outcome.", Required: true)],
            [], ["Default"]),
        new("Elsa.SetVariable", 1, Flow, "Set Variable", "Sets a workflow variable.",
            [new("Variable", "String", "The variable's name.", Required: true), new("Value", "Object", "The value.")], [], []),
        new("Elsa.Delay", 1, Flow, "Delay", "Waits on a durable timer.",
            [new("TimeSpan", "TimeSpan", "How long, for example 00:05:00.", Required: true, DefaultValue: "00:01:00")], [], []) { CanSuspend = true },

        new("AiPhoneCoverage.IdentifyCaller", 1, Intake, "Identify Caller", "Matches the caller ID against the roster index.",
            [], [new("Resident", "Object", "The matched resident.")], ["Identified", "Ambiguous", "Unknown"]),
        new("AiPhoneCoverage.Ask", 1, Intake, "Ask", "Asks the caller a question and waits for the answer.",
            [new("Prompt", "String", "What to say.", Required: true, UiHint: "multiline"), new("Hints", "String", "Comma-separated words the answer may contain.")],
            [new("Answer", "String", "What the caller said.")], ["Answered", "NoAnswer"]) { CanSuspend = true },
        new("AiPhoneCoverage.AnalyzeRequest", 1, Intake, "Analyze Request", "Understands the request with the portfolio's intent model.",
            [new("Model", "String", "The intent-model plugin id.", DefaultValue: "ai.local", UiHint: "dropdown", Options: ["ai.local", "ai.openai"])],
            [new("Category", "String", "The category."), new("Signals", "Object", "The signals found.")], []),
        new("AiPhoneCoverage.ApplyTriagePolicy", 1, Intake, "Apply Triage Policy", "Decides urgency from signals, context and the portfolio's policy.",
            [], [new("Urgency", "String", "emergency, urgent, routine or none.")], ["LifeSafety", "Emergency", "Urgent", "Routine", "NotMaintenance"]),
        new("AiPhoneCoverage.AskFollowUp", 1, Intake, "Ask Follow-up", "Asks the one question whose answer would change the urgency, if any.",
            [], [new("Answer", "String", "What the caller said.")], ["Asked", "NothingToAsk"]) { CanSuspend = true },
        new("AiPhoneCoverage.LifeSafetyInstructions", 1, Intake, "Life-safety Instructions", "Tells the caller what to do first (gas, fire, smoke, CO, trapped).",
            [], [], []),
        new("AiPhoneCoverage.CreateWorkOrder", 1, Intake, "Create Work Order", "Queues the work order for the property's PMS (outbox).",
            [new("Summary", "String", "One line for the technician."), new("Notify", "Boolean", "Start the escalation for emergencies.", DefaultValue: "true", UiHint: "checkbox")],
            [new("WorkOrderId", "String", "The hub's work-order id.")], []),
        new("AiPhoneCoverage.TakeMessage", 1, Intake, "Take Message", "Records a message for the office.",
            [new("Prompt", "String", "What to say before recording.", DefaultValue: "Please leave your message after the tone.")], [], []) { CanSuspend = true },
        new("AiPhoneCoverage.TransferToHuman", 1, Intake, "Transfer To Human", "Connects the caller to a person.",
            [new("Number", "String", "E.164 number; empty means the property's emergency line.")], [], []),
        new("AiPhoneCoverage.Confirm", 1, Intake, "Confirm", "Tells the caller the reference number and texts a confirmation.",
            [new("Message", "String", "The confirmation text.", UiHint: "multiline")], [], []),
        new("AiPhoneCoverage.Hangup", 1, Intake, "Hang Up", "Ends the call.", [], [], []) { IsTerminal = true },

        new("AiPhoneCoverage.Dispatch", 1, Routing, "Dispatch", "Sends the work order to the on-call technician or the preferred vendor.",
            [new("Trade", "String", "auto (the trade of the work order's category), plumbing, hvac, electrical or general.", DefaultValue: "auto", UiHint: "dropdown",
                Options: ["auto", "plumbing", "hvac", "electrical", "general"])],
            [], ["Technician", "Vendor", "NobodyAvailable"]),
        new("AiPhoneCoverage.Notify", 1, Routing, "Notify", "Pages the next tier of the portfolio's escalation policy (its contact and channels are data).",
            [new("Channel", "String", "Unused: each tier's channels come from the portfolio's escalation policy.", DefaultValue: "sms", UiHint: "dropdown", Options: ["sms", "voice"])],
            [], ["Done", "Exhausted"]),
        new("AiPhoneCoverage.WaitForAcknowledgement", 1, Routing, "Wait For Acknowledgement", "Waits until someone accepts, or the tier's timeout.",
            [new("Timeout", "TimeSpan", "How long to wait; empty means the paged tier's timeout.")], [], ["Acknowledged", "TimedOut"]) { CanSuspend = true },
    ];
}
