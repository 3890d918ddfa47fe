using AiPhoneCoverage.Hub.Workflows.Runtime.Activities;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>The behaviours the runtime knows, by activity type. A type in the catalogue without one faults when reached.</summary>
internal sealed class ActivityBehaviors
{
    private readonly Dictionary<string, IActivityBehavior> _byType;

    public ActivityBehaviors(IEnumerable<IActivityBehavior> behaviors, IEnumerable<IWorkflowActivity> pluginActivities)
    {
        _byType = new Dictionary<string, IActivityBehavior>(StringComparer.Ordinal);
        foreach (var behavior in pluginActivities.Select(a => new PluginActivityBehavior(a)).Concat(behaviors))
        {
            _byType[behavior.TypeName] = behavior; // later registrations (plugins, tests) replace earlier ones
        }
    }

    public static IEnumerable<IActivityBehavior> BuiltIn() =>
    [
        new StartBehavior(), new EndBehavior("Elsa.End"), new EndBehavior("AiPhoneCoverage.Hangup"), new DecisionBehavior(), new SwitchBehavior(),
        new SetVariableBehavior(), new DelayBehavior(), new AskBehavior(), new WaitForAcknowledgementBehavior(),
        new AskFollowUpBehavior(), new LifeSafetyInstructionsBehavior(), new CreateWorkOrderBehavior(), new ConfirmBehavior(),
        new TakeMessageBehavior(), new TransferToHumanBehavior(),
    ];

    public IActivityBehavior? Find(string typeName) => _byType.GetValueOrDefault(typeName);
}
