namespace AiPhoneCoverage.Hub.Workflows.Definitions;

/// <summary>A flowchart's activities as a directed graph: where the flow starts, what it reaches, and its cycles.</summary>
internal sealed class FlowGraph
{
    private readonly Dictionary<string, List<string>> _next;

    private FlowGraph(Dictionary<string, List<string>> next) => _next = next;

    public static FlowGraph From(FlowchartModel flowchart)
    {
        var next = flowchart.Activities.Select(a => a.Id).Distinct().ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var connection in flowchart.Connections.Where(c => next.ContainsKey(c.Source) && next.ContainsKey(c.Target)))
        {
            next[connection.Source].Add(connection.Target);
        }

        return new FlowGraph(next);
    }

    /// <summary>As in Elsa 3: the Elsa.Start activities, or else every activity without an incoming connection.</summary>
    public IReadOnlyList<string> StartActivities(FlowchartModel flowchart)
    {
        var explicitStarts = flowchart.Activities.Where(a => a.Type == "Elsa.Start").Select(a => a.Id).ToList();
        if (explicitStarts.Count > 0)
        {
            return explicitStarts;
        }

        var targets = _next.Values.SelectMany(t => t).ToHashSet(StringComparer.Ordinal);
        return flowchart.Activities.Select(a => a.Id).Where(id => !targets.Contains(id)).ToList();
    }

    public HashSet<string> ReachableFrom(IEnumerable<string> starts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(starts);
        while (queue.TryDequeue(out var id))
        {
            if (seen.Add(id) && _next.TryGetValue(id, out var targets))
            {
                targets.ForEach(queue.Enqueue);
            }
        }

        return seen;
    }

    /// <summary>The strongly connected parts that loop (Tarjan), each listed by activity id.</summary>
    public IEnumerable<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<IReadOnlyList<string>>();
        var counter = 0;

        void Visit(string id)
        {
            index[id] = low[id] = counter++;
            stack.Push(id);
            onStack.Add(id);
            foreach (var target in _next[id])
            {
                if (!index.TryGetValue(target, out var targetIndex))
                {
                    Visit(target);
                    low[id] = Math.Min(low[id], low[target]);
                }
                else if (onStack.Contains(target))
                {
                    low[id] = Math.Min(low[id], targetIndex);
                }
            }

            if (low[id] != index[id])
            {
                return;
            }

            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != id);

            if (component.Count > 1 || _next[id].Contains(id))
            {
                component.Reverse();
                result.Add(component);
            }
        }

        foreach (var id in _next.Keys.Where(id => !index.ContainsKey(id)).ToList())
        {
            Visit(id);
        }

        return result;
    }
}
