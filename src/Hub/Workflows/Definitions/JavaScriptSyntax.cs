using Acornima;

namespace AiPhoneCoverage.Hub.Workflows.Definitions;

/// <summary>Parses a JavaScript expression without running it (Acornima, the parser Jint uses).</summary>
internal static class JavaScriptSyntax
{
    /// <summary>Null when the script parses; otherwise the parser's message with its line and column.</summary>
    public static string? Check(string script)
    {
        try
        {
            new Parser().ParseScript(script);
            return null;
        }
        catch (ParseErrorException ex)
        {
            return ex.Message;
        }
    }
}
