using AiPhoneCoverage.Hub.Workflows.Definitions;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// AiPhoneCoverage.TransferToHuman: connects the caller to the given number, or to the property's emergency line. A
/// given number the portfolio file does not list is refused here too (publish refuses it already; this covers versions
/// published before that check), and the caller hears that nobody can be reached.
/// </summary>
internal sealed class TransferToHumanBehavior : IActivityBehavior
{
    public string TypeName => TransferTargets.TransferToHuman;

    public async ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        var given = context.InputText("Number") is { Length: > 0 } text ? text.Trim() : null;
        if (given is not null && !(await DialableNumbers.LoadAsync(context.Db, context.CancellationToken)).Contains(given))
        {
            context.Audit("transfer_refused", new { reason = "the number is not one the portfolio file lists" });
            CallScript.Say(context, "I can't connect you to a person right now.");
            return ActivityOutcome.Done;
        }

        var number = given ?? CallScript.Text(context.State, CallScript.EmergencyLine);
        if (number is null)
        {
            context.Audit("transfer_skipped", new { reason = "no number given and the property has no emergency line" });
            CallScript.Say(context, "I can't connect you to a person right now.");
            return ActivityOutcome.Done;
        }

        CallScript.Say(context, "I'm connecting you to a person now.");
        context.Emit(new Transfer(number));
        context.Audit("transfer", new { to = number });
        return ActivityOutcome.Done;
    }
}
