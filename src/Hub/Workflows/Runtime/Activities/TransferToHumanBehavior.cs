using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>AiPhoneCoverage.TransferToHuman: connects the caller to the given number, or to the property's emergency line.</summary>
internal sealed class TransferToHumanBehavior : IActivityBehavior
{
    public string TypeName => "AiPhoneCoverage.TransferToHuman";

    public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        var number = context.InputText("Number") is { Length: > 0 } given ? given : CallScript.Text(context.State, CallScript.EmergencyLine);
        if (number is null)
        {
            context.Audit("transfer_skipped", new { reason = "no number given and the property has no emergency line" });
            CallScript.Say(context, "I can't connect you to a person right now.");
            return ValueTask.FromResult(ActivityOutcome.Done);
        }

        CallScript.Say(context, "I'm connecting you to a person now.");
        context.Emit(new Transfer(number));
        context.Audit("transfer", new { to = number });
        return ValueTask.FromResult(ActivityOutcome.Done);
    }
}
