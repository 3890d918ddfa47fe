namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>An input's expression could not be evaluated; the activity faults with this message.</summary>
internal sealed class ExpressionException(string message, Exception? inner = null) : Exception(message, inner);
