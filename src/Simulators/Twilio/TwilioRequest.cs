using System.Collections.Specialized;
using System.Web;
using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>What the fake REST API reads from a WireMock request: its headers (case-insensitive) and its form fields.</summary>
internal sealed class TwilioRequest
{
    private readonly IRequestMessage _message;
    private readonly NameValueCollection _form;

    public TwilioRequest(IRequestMessage message)
    {
        _message = message;
        _form = HttpUtility.ParseQueryString(message.Body ?? string.Empty);
    }

    public string Path => _message.Path;

    /// <summary>A form field, or null when it is missing or blank.</summary>
    public string? Field(string name) => string.IsNullOrWhiteSpace(_form[name]) ? null : _form[name];

    public string? Header(string name) =>
        _message.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
