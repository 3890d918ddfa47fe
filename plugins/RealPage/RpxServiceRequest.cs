using System.Xml.Linq;

namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>One <c>servicerequest</c> of a <c>getservicerequests</c> answer (element names [L], see <see cref="RpxNames"/>).</summary>
internal sealed record RpxServiceRequest(string Id, string Status, string? ServiceDetails)
{
    public static RpxServiceRequest? From(XElement element) =>
        element.Text("servicerequestid") is { } id ? new RpxServiceRequest(id, element.Text("status") ?? string.Empty, element.Text("servicedetails")) : null;
}
