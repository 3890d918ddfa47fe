using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AiPhoneCoverage.Hub.Workflows.Definitions;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;

namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>
/// Evaluates inputs: <c>Literal</c> (a string converted to the input's type), <c>Variable</c> (a variable by name or id),
/// and <c>JavaScript</c> in a Jint sandbox: no .NET access, a time limit, a memory limit, a recursion limit, a regular
/// expression time limit (a catastrophic-backtracking pattern stops at it) and an array size limit (a huge array is a
/// RangeError before it is allocated). Variables are globals by name and through <c>getVariable(name)</c>.
/// </summary>
internal static class ExpressionEvaluator
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// All the JavaScript of one run (a call turn, a resume, a timer) together. A run executes inside its unit of work,
    /// which on SQLite holds the process's writer turn (<see cref="Storage.HubDatabase.EnterWriterAsync"/>), so this is the
    /// longest scripts can keep other writers waiting (plus at most one regular expression's <see cref="RegexTimeLimit"/>).
    /// </summary>
    public static readonly TimeSpan RunTimeLimit = TimeSpan.FromSeconds(1);
    public const long MemoryLimitBytes = 16_000_000;
    public const int RecursionLimit = 64;
    public static readonly TimeSpan RegexTimeLimit = TimeSpan.FromMilliseconds(100);

    // Far above any list an intake expression handles (turns, signals, work orders), far below what fills the memory limit.
    public const uint ArraySizeLimit = 100_000;

    // Scripts come from published (immutable) definitions: each is parsed once per process, then reused by every engine.
    private static readonly ConcurrentDictionary<string, Prepared<Script>> Prepared = new(StringComparer.Ordinal);

    public static object? Evaluate(InputExpression expression, string typeName, WorkflowState state, CancellationToken cancellationToken) => expression.Type switch
    {
        "Literal" => Convert(expression.Value, typeName),
        "Variable" => Convert(Variable(state, expression.Value)?.ToString(), typeName),
        "JavaScript" => Convert(RunJavaScript(expression.Value ?? string.Empty, state, cancellationToken), typeName),
        _ => throw new ExpressionException($"expressions of type {expression.Type} are not supported (Literal, Variable, JavaScript)"),
    };

    public static object? Convert(string? text, string typeName)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return typeName switch
            {
                "Boolean" => bool.Parse(text.Trim()),
                "Int32" => int.Parse(text.Trim(), CultureInfo.InvariantCulture),
                "Double" => double.Parse(text.Trim(), CultureInfo.InvariantCulture),
                "TimeSpan" => TimeSpan.Parse(text.Trim(), CultureInfo.InvariantCulture),
                _ => text,
            };
        }
        catch (FormatException)
        {
            throw new ExpressionException($"'{text}' is not a {typeName}");
        }
    }

    private static JsonNode? Variable(WorkflowState state, string? name) =>
        name is not null && state.Variables.TryGetValue(name, out var value) ? value : null;

    private static string? RunJavaScript(string script, WorkflowState state, CancellationToken cancellationToken)
    {
        var allowed = state.ScriptTimeLeft < TimeLimit ? state.ScriptTimeLeft : TimeLimit;
        if (allowed <= TimeSpan.Zero)
        {
            throw new ExpressionException($"JavaScript failed: this run's scripts already used their {RunTimeLimit.TotalMilliseconds:F0} ms");
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            return RunJavaScript(script, state, allowed, cancellationToken);
        }
        finally
        {
            state.ScriptTimeLeft -= Stopwatch.GetElapsedTime(started);
        }
    }

    private static string? RunJavaScript(string script, WorkflowState state, TimeSpan allowed, CancellationToken cancellationToken)
    {
        var engine = new Engine(options =>
        {
            options.TimeoutInterval(allowed).LimitMemory(MemoryLimitBytes).LimitRecursion(RecursionLimit).CancellationToken(cancellationToken).Strict();
            options.Constraints.RegexTimeout = RegexTimeLimit;
            options.Constraints.MaxArraySize = ArraySizeLimit;
        });
        try
        {
            foreach (var (name, value) in state.Variables)
            {
                engine.SetValue(name, ToJs(engine, value));
            }

            engine.SetValue("getVariable", new Func<string, JsValue>(name => ToJs(engine, Variable(state, name))));
            var result = engine.Evaluate(Prepared.GetOrAdd(script, static code => Engine.PrepareScript(code)));
            return result.IsNull() || result.IsUndefined() ? null : result.IsString() ? result.AsString() : result.ToString();
        }
        catch (Exception ex) when (ex is JavaScriptException or TimeoutException or MemoryLimitExceededException
            or RecursionDepthOverflowException or Acornima.ParseErrorException or OperationCanceledException)
        {
            throw new ExpressionException($"JavaScript failed: {Describe(ex, allowed)}", ex);
        }
    }

    private static JsValue ToJs(Engine engine, JsonNode? value) => value switch
    {
        null => JsValue.Null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => new JsString(v.GetValue<string>()),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => new JsNumber(v.GetValue<double>()),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>() ? JsBoolean.True : JsBoolean.False,
        _ => new JsonParser(engine).Parse(value.ToJsonString()),
    };

    private static string Describe(Exception ex, TimeSpan allowed) => ex switch
    {
        RegexMatchTimeoutException => $"a regular expression ran longer than {RegexTimeLimit.TotalMilliseconds:F0} ms",
        TimeoutException => $"it ran longer than {allowed.TotalMilliseconds:F0} ms",
        // Jint reports an array past MaxArraySize as a MemoryLimitExceededException too; only its message tells them apart.
        MemoryLimitExceededException when ex.Message.Contains("array", StringComparison.OrdinalIgnoreCase) => $"it made an array longer than {ArraySizeLimit} elements",
        MemoryLimitExceededException => $"it used more than {MemoryLimitBytes / 1_000_000} MB",
        RecursionDepthOverflowException => $"it recursed deeper than {RecursionLimit} calls",
        _ => ex.Message,
    };
}
