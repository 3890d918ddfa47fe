using AiPhoneCoverage.Hub.Workflows.Catalog;

namespace AiPhoneCoverage.Hub.Workflows.Definitions;

/// <summary>
/// Checks a definition before it is published. Errors: an unknown activity type or version, a dangling connection, a
/// missing required input, JavaScript that does not parse, a cycle with no activity in it that can suspend. Warnings:
/// activities unreachable from the start.
/// </summary>
internal sealed class DefinitionValidator(ActivityCatalog catalog)
{
    public IReadOnlyList<DefinitionProblem> Validate(FlowchartModel flowchart)
    {
        var problems = new List<DefinitionProblem>();
        if (flowchart.RootType != BuiltInActivities.Flowchart)
        {
            problems.Add(DefinitionProblem.Error($"the root must be an {BuiltInActivities.Flowchart}, not '{flowchart.RootType}'"));
            return problems;
        }

        var descriptors = new Dictionary<string, ActivityDescriptor>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var activity in flowchart.Activities)
        {
            if (!seen.Add(activity.Id))
            {
                problems.Add(DefinitionProblem.Error($"activity id '{activity.Id}' is used twice", activity.Id));
            }

            var descriptor = catalog.Find(activity.Type, activity.Version);
            if (descriptor is null)
            {
                problems.Add(DefinitionProblem.Error($"activity '{Label(activity)}' has an unknown type {activity.Type} version {activity.Version}", activity.Id));
                continue;
            }

            descriptors[activity.Id] = descriptor;
            CheckInputs(activity, descriptor, problems);
        }

        CheckConnections(flowchart, descriptors, problems);
        CheckCycles(flowchart, descriptors, problems);
        CheckReachability(flowchart, problems);
        return problems;
    }

    private static void CheckInputs(ActivityModel activity, ActivityDescriptor descriptor, List<DefinitionProblem> problems)
    {
        foreach (var input in descriptor.Inputs)
        {
            var expression = activity.Input(input.JsonName);
            if (input.Required && (expression is null || expression.IsEmpty) && input.DefaultValue is null)
            {
                problems.Add(DefinitionProblem.Error($"activity '{Label(activity)}' is missing its required input {input.Name}", activity.Id));
            }

            if (expression is { Type: "JavaScript", IsEmpty: false } && JavaScriptSyntax.Check(expression.Value!) is { } error)
            {
                problems.Add(DefinitionProblem.Error($"activity '{Label(activity)}', input {input.Name}: the JavaScript does not parse: {error}", activity.Id));
            }
        }
    }

    private static void CheckConnections(FlowchartModel flowchart, Dictionary<string, ActivityDescriptor> descriptors, List<DefinitionProblem> problems)
    {
        var ids = flowchart.Activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var connection in flowchart.Connections)
        {
            if (!ids.Contains(connection.Source) || !ids.Contains(connection.Target))
            {
                var missing = ids.Contains(connection.Source) ? connection.Target : connection.Source;
                problems.Add(DefinitionProblem.Error($"a connection from '{connection.Source}' ({connection.SourcePort}) to '{connection.Target}' refers to a missing activity '{missing}'"));
            }
            else if (descriptors.TryGetValue(connection.Source, out var source)
                && !AllowedPorts(flowchart.Activities.First(a => a.Id == connection.Source), source).Contains(connection.SourcePort))
            {
                problems.Add(DefinitionProblem.Error(
                    $"a connection leaves '{connection.Source}' from port {connection.SourcePort}, which {source.TypeName} does not have (it has {string.Join(", ", source.OutPorts.DefaultIfEmpty("none"))})",
                    connection.Source));
            }
        }
    }

    /// <summary>The declared outcomes, Fault (taken when the activity faults), and a Switch's cases.</summary>
    private static List<string> AllowedPorts(ActivityModel activity, ActivityDescriptor descriptor)
    {
        var ports = descriptor.OutPorts.ToList();
        if (!descriptor.IsTerminal)
        {
            ports.Add("Fault");
        }

        if (descriptor.TypeName == "Elsa.FlowSwitch" && activity.Input("cases") is { Type: "Literal", Value: { } cases })
        {
            ports.AddRange(cases.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        return ports;
    }

    private static void CheckCycles(FlowchartModel flowchart, Dictionary<string, ActivityDescriptor> descriptors, List<DefinitionProblem> problems)
    {
        foreach (var cycle in FlowGraph.From(flowchart).Cycles())
        {
            if (!cycle.Any(id => descriptors.TryGetValue(id, out var d) && d.CanSuspend))
            {
                problems.Add(DefinitionProblem.Error($"the cycle {string.Join(" -> ", cycle)} has no activity that waits (Ask, Delay, WaitForAcknowledgement, ...), so it would never stop"));
            }
        }
    }

    private static void CheckReachability(FlowchartModel flowchart, List<DefinitionProblem> problems)
    {
        var graph = FlowGraph.From(flowchart);
        var reachable = graph.ReachableFrom(graph.StartActivities(flowchart));
        foreach (var activity in flowchart.Activities.Where(a => !reachable.Contains(a.Id)))
        {
            problems.Add(DefinitionProblem.Warning($"activity '{Label(activity)}' cannot be reached from the start", activity.Id));
        }
    }

    private static string Label(ActivityModel activity) => activity.Name ?? activity.Id;
}
