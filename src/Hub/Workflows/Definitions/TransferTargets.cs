namespace AiPhoneCoverage.Hub.Workflows.Definitions;

/// <summary>
/// Checks the numbers a definition would dial: a TransferToHuman's <c>Number</c> must be empty (the property's emergency
/// line) or a literal E.164 number from <see cref="DialableNumbers"/>. A Variable or JavaScript number is refused too,
/// since what it evaluates to cannot be checked before a call. (Notify takes no number: its tiers' contacts are data.)
/// </summary>
internal static class TransferTargets
{
    public const string TransferToHuman = "AiPhoneCoverage.TransferToHuman";

    public static IEnumerable<DefinitionProblem> Check(FlowchartModel flowchart, IReadOnlySet<string> dialable)
    {
        foreach (var activity in flowchart.Activities.Where(a => a.Type == TransferToHuman))
        {
            var label = activity.Name ?? activity.Id;
            var number = activity.Input("number");
            if (number is null || number.IsEmpty)
            {
                continue;
            }

            if (number.Type != "Literal")
            {
                yield return DefinitionProblem.Error(
                    $"activity '{label}' transfers to a {number.Type} number; give a literal number from the portfolio file, or none for the property's emergency line", activity.Id);
            }
            else if (!dialable.Contains(number.Value!.Trim()))
            {
                yield return DefinitionProblem.Error(
                    $"activity '{label}' transfers to {number.Value.Trim()}, which the portfolio file does not list (an emergency line, an on-call contact or allowedTransferNumbers, in E.164)",
                    activity.Id);
            }
        }
    }
}
