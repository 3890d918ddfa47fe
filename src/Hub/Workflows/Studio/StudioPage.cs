using System.Net;

namespace AiPhoneCoverage.Hub.Workflows.Studio;

/// <summary>
/// The hub's own host pages around the Elsa Studio custom elements: no external fonts, the bundle under /studio/, and the
/// API endpoint and key given as attributes (the Studio ignores its appsettings.json for both).
/// </summary>
internal static class StudioPage
{
    public static string List(string apiEndpoint, string apiKey, string portfolio) => Page(
        $"Workflows · {portfolio}",
        $"""<elsa-workflow-definition-list id="list" remote-endpoint="{Attr(apiEndpoint)}" api-key="{Attr(apiKey)}"></elsa-workflow-definition-list>""",
        $$"""
        <script>
          customElements.whenDefined('elsa-workflow-definition-list').then(() => {
            document.getElementById('list').editWorkflowDefinition = id => location.href = '/studio/workflows/' + encodeURIComponent(id) + '?portfolio={{Uri.EscapeDataString(portfolio)}}';
          });
        </script>
        """);

    public static string Editor(string apiEndpoint, string apiKey, string portfolio, string definitionId) => Page(
        $"{definitionId} · {portfolio}",
        $"""<elsa-workflow-definition-editor definition-id="{Attr(definitionId)}" remote-endpoint="{Attr(apiEndpoint)}" api-key="{Attr(apiKey)}"></elsa-workflow-definition-editor>""",
        string.Empty);

    private static string Page(string title, string element, string script) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1.0"/>
            <title>{{WebUtility.HtmlEncode(title)}} · AiPhoneCoverage</title>
            <base href="/studio/"/>
            <link rel="icon" type="image/png" sizes="32x32" href="_content/Elsa.Studio.Shell/favicon-32x32.png">
            <link href="_content/MudBlazor/MudBlazor.min.css" rel="stylesheet" />
            <link href="_content/CodeBeam.MudBlazor.Extensions/MudExtensions.min.css" rel="stylesheet" />
            <link href="_content/Radzen.Blazor/css/material-base.css" rel="stylesheet" >
            <link href="_content/Elsa.Studio.Shell/css/shell.css" rel="stylesheet">
            <link href="Elsa.Studio.Host.CustomElements.styles.css" rel="stylesheet">
            <style>
              body { margin: 0; font-family: system-ui, sans-serif; }
              header { padding: 8px 16px; background: #1f2937; color: #f9fafb; }
              header a { color: #93c5fd; margin-left: 16px; }
              main { height: calc(100vh - 40px); }
            </style>
        </head>
        <body>
        <header>AiPhoneCoverage · {{WebUtility.HtmlEncode(title)}} <a href="/studio/">All workflows</a></header>
        <main>{{element}}</main>
        <div id="blazor-error-ui" style="display:none">An unhandled error has occurred. <a href="" class="reload">Reload</a></div>
        <script src="_content/BlazorMonaco/jsInterop.js"></script>
        <script src="_content/BlazorMonaco/lib/monaco-editor/min/vs/loader.js"></script>
        <script src="_content/BlazorMonaco/lib/monaco-editor/min/vs/editor/editor.main.js"></script>
        <script src="_content/MudBlazor/MudBlazor.min.js"></script>
        <script src="_content/CodeBeam.MudBlazor.Extensions/MudExtensions.min.js"></script>
        <script src="_content/Radzen.Blazor/Radzen.Blazor.js"></script>
        <script src="_framework/blazor.webassembly.js"></script>
        {{script}}
        </body>
        </html>
        """;

    private static string Attr(string value) => WebUtility.HtmlEncode(value);
}
