using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>What an instance carries between turns, stored as JSON in its row.</summary>
internal sealed class WorkflowState
{
    /// <summary>Variable values by variable name.</summary>
    public Dictionary<string, JsonNode?> Variables { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Outputs of executed activities, by activity id then output name.</summary>
    public Dictionary<string, Dictionary<string, JsonNode?>> Outputs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>What the instance waits for.</summary>
    public List<Bookmark> Bookmarks { get; set; } = [];

    /// <summary>Why the instance faulted, if it did.</summary>
    public WorkflowFault? Fault { get; set; }

    /// <summary>Every activity executed, in order, with its outcome and time.</summary>
    public List<JournalEntry> Journal { get; set; } = [];

    /// <summary>Call actions the activities of the current run emitted, for the telephony to render; never stored.</summary>
    [JsonIgnore]
    public List<CallAction> Emitted { get; } = [];

    /// <summary>
    /// JavaScript time left to the current run, which on SQLite holds the writer's turn (<see cref="ExpressionEvaluator.RunTimeLimit"/>); never stored.
    /// </summary>
    [JsonIgnore]
    public TimeSpan ScriptTimeLeft { get; set; } = ExpressionEvaluator.RunTimeLimit;
}
