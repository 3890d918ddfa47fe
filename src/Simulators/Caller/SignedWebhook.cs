using System.Net.Http.Headers;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// One webhook request exactly as the scripted caller sends it, kept so that a test can send it again, late, twice or out
/// of order. Changing a member with <c>with</c> does not re-sign it: that is how a test forges a request.
/// </summary>
/// <param name="Kind">Why it is sent.</param>
/// <param name="Method">POST (parameters in a form body) or GET (parameters already in <paramref name="Url"/>).</param>
/// <param name="Url">The URL requested.</param>
/// <param name="Parameters">The form parameters, in the order they are sent; empty for a GET.</param>
/// <param name="Signature">The X-Twilio-Signature header.</param>
/// <param name="IdempotencyToken">The I-Twilio-Idempotency-Token header, the same on every delivery of this request; null sends none.</param>
public sealed record SignedWebhook(
    TwilioWebhookKind Kind,
    string Method,
    Uri Url,
    IReadOnlyList<KeyValuePair<string, string>> Parameters,
    string Signature,
    string? IdempotencyToken)
{
    /// <summary>Signs a webhook with the account's auth token. For GET the parameters move into the URL's query, as Twilio does.</summary>
    public static SignedWebhook Create(TwilioWebhookKind kind, Uri url, IEnumerable<KeyValuePair<string, string>> parameters, string authToken, string method = "POST")
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(parameters);
        var form = parameters.ToList();
        if (string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            var query = string.Join('&', form.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
            url = form.Count == 0 ? url : new Uri(url.AbsoluteUri + (string.IsNullOrEmpty(url.Query) ? "?" : "&") + query);
            form = [];
            method = "GET";
        }
        else
        {
            method = "POST";
        }

        return new SignedWebhook(kind, method, url, form, TwilioRequestSigner.Sign(authToken, url, form), Guid.NewGuid().ToString());
    }

    /// <summary>A fresh HTTP request for one delivery, with Twilio's headers.</summary>
    internal HttpRequestMessage ToHttpRequest()
    {
        var request = new HttpRequestMessage(Method == "GET" ? HttpMethod.Get : HttpMethod.Post, Url);
        if (Method != "GET")
        {
            request.Content = new FormUrlEncodedContent(Parameters);
        }

        request.Headers.TryAddWithoutValidation(TwilioRequestSigner.HeaderName, Signature);
        if (IdempotencyToken is not null)
        {
            request.Headers.TryAddWithoutValidation("I-Twilio-Idempotency-Token", IdempotencyToken);
        }

        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("TwilioProxy", "1.1"));
        return request;
    }
}
