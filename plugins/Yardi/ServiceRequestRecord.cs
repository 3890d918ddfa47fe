using System.Globalization;
using System.Xml.Linq;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Yardi;

/// <summary>A <c>ServiceRequest</c> of a Voyager answer: its id (0 when Voyager gave none), status, full description and errors.</summary>
internal sealed record ServiceRequestRecord(int Id, string? Status, string? FullDescription, IReadOnlyList<string> Errors)
{
    public static IReadOnlyList<ServiceRequestRecord> ReadAll(XElement result) =>
        result.Descendants("ServiceRequest").Select(Read).ToList();

    public static ServiceRequestRecord Read(XElement element) =>
        new(
            int.TryParse(element.Text("ServiceRequestId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : 0,
            element.Text("CurrentStatus"),
            element.Text("ServiceRequestFullDescription"),
            YardiAnswer.RecordErrors(element));

    public WorkOrderReceipt Receipt(IReadOnlyDictionary<string, string> settings) =>
        new(Id.ToString(CultureInfo.InvariantCulture), Status ?? string.Empty, WorkOrderStatusMapping.Map(Status, settings));
}
