using System.Xml.Linq;
using AiPhoneCoverage.Sdk;
using RestSharp;

namespace AiPhoneCoverage.Plugins.Yardi;

/// <summary>
/// Posts one SOAP request to ItfServiceRequests over the hub's named HTTP client (timeouts and a circuit breaker; it
/// retries no POST) with RestSharp, and reads the answer down to its <c>{Op}Result</c>. Never retries by itself.
/// </summary>
internal sealed class YardiSoapClient(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "yardi";

    public async Task<Result<XElement>> CallAsync(
        YardiSettings settings, string operation, bool propertyScoped, IEnumerable<XElement> parameters, string what, YardiCallKind kind, CancellationToken cancellationToken)
    {
        var request = new RestRequest(settings.ServiceUrl, Method.Post);
        request.AddHeader("SOAPAction", YardiEnvelope.SoapAction(operation));
        request.AddStringBody(YardiEnvelope.Build(settings, operation, propertyScoped, parameters), "text/xml");

        RestResponse response;
        using (var client = new RestClient(httpClientFactory.CreateClient(HttpClientName)))
        {
            try
            {
                response = await client.ExecuteAsync(request, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && YardiTransportErrors.FromException(ex, what, kind) is { } failed)
            {
                return failed;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();

        // RestSharp reports a non-2xx answer as an error too; any answer that arrived is read for what Yardi said.
        if ((int)response.StatusCode == 0)
        {
            return (response.ErrorException is { } ex ? YardiTransportErrors.FromException(ex, what, kind) : null)
                ?? (response.ResponseStatus == ResponseStatus.TimedOut
                    ? YardiTransportErrors.Timeout(what, kind)
                    : YardiTransportErrors.Unreadable(what, kind));
        }

        return YardiAnswer.Read(response.StatusCode, response.Content, operation, what, kind, settings);
    }
}
