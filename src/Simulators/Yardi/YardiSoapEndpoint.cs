using System.Globalization;
using System.Xml.Linq;
using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The ItfServiceRequests endpoint, in Voyager's order: a request ASMX cannot read is a soap:Fault (HTTP 500); then the
/// injected fault; then the login and the licence (HTTP 200 with <c>Messages/Message[@messageType="Error"]</c>, or an
/// empty result in legacy mode); then the property; then the operation.
/// </summary>
internal sealed class YardiSoapEndpoint(
    YardiCredentials credentials,
    YardiPropertyBook book,
    YardiLedger ledger,
    Func<YardiCustomValues> customValues,
    Func<bool> emptyResultOnLoginFailure,
    TimeProvider time)
{
    public const string LoginFailed = "Login failed. Please check login credentials and try again.";

    public const string InvalidLicense = "Unable to invoke Interface Web Service. Invalid Yardi Interface License.";

    private static readonly XNamespace Ns = YardiSoap.Interface(YardiServiceRequestsContract.Name);

    private readonly YardiServiceRequestWriter _writer = new(book, ledger, customValues, credentials, time);
    private readonly YardiServiceRequestSearch _search = new(ledger, book, customValues, credentials);

    public IResponseMessage Answer(IRequestMessage message)
    {
        var request = YardiSoapRequest.Parse(message, Ns, YardiServiceRequestsContract.Names, out var unreadable);
        if (request is null)
        {
            return YardiSoapAnswer.Fault(client: true, unreadable!);
        }

        var op = request.Operation;
        switch (YardiFaultGate.Current)
        {
            case { Kind: PmsFaultKind.ServerError }:
                return YardiSoapAnswer.Fault(client: false,
                    "Server was unable to process request. ---> Timeout expired. The timeout period elapsed prior to completion of the operation or the server is not responding.");
            case { Kind: PmsFaultKind.MalformedBody }:
                return YardiSoapAnswer.Truncated(Ns, op);
            case { Kind: PmsFaultKind.Throttled } fault:
                var seconds = Math.Max(1, (int)Math.Ceiling(fault.Duration.TotalSeconds));
                return YardiSoapAnswer.Error(Ns, op, $"Too many requests. Please try again in {seconds.ToString(CultureInfo.InvariantCulture)} seconds.");
        }

        switch (op)
        {
            case "Ping":
                return YardiSoapAnswer.Result(Ns, op, "Pong");
            case "GetVersionNumber":
                return YardiSoapAnswer.Result(Ns, op, "7.0.0.0");
        }

        if (!credentials.AcceptsLogin(request.Field("UserName"), request.Field("Password"), request.Field("ServerName"), request.Field("Database"), request.Field("Platform")))
        {
            return emptyResultOnLoginFailure() ? YardiSoapAnswer.Result(Ns, op) : YardiSoapAnswer.Error(Ns, op, LoginFailed);
        }

        if (!credentials.AcceptsLicense(request.Field("InterfaceEntity"), request.Field("InterfaceLicense")))
        {
            return YardiSoapAnswer.Error(Ns, op, InvalidLicense);
        }

        try
        {
            return Operate(request);
        }
        catch (FormatException ex)
        {
            return YardiSoapAnswer.Fault(client: true, $"Server was unable to read request. ---> There is an error in XML document (1, 1). ---> {ex.Message}");
        }
    }

    private ResponseMessage Operate(YardiSoapRequest request)
    {
        var op = request.Operation;
        switch (op)
        {
            case "GetPropertyConfigurations":
                return YardiSoapAnswer.Result(Ns, op, new XElement("Properties", book.Properties().Select(p =>
                    new XElement("Property", new XElement("Code", p.Code), new XElement("MarketingName", p.Name)))));
            case "GetCustomValues" or "GetCustomValues2":
                return YardiSoapAnswer.Result(Ns, op, customValues().ToXml());
            case "CreateOrEditServiceRequests":
                var (written, error) = _writer.Write(request, omitIds: YardiFaultGate.Current?.Kind == PmsFaultKind.NoIdReturned);
                return error is null ? YardiSoapAnswer.Result(Ns, op, written) : YardiSoapAnswer.Error(Ns, op, error);
        }

        var property = request.Field("YardiPropertyId") ?? string.Empty;
        var residents = op.StartsWith("GetResident", StringComparison.Ordinal);
        if (!book.Exists(property))
        {
            var text = $"Could not find Property:{property}.";
            return residents ? YardiSoapAnswer.Error(Ns, op, text) : YardiSoapAnswer.Result(Ns, op, Refusal(property, new XElement("ErrorMessages", new XElement("Error", text))));
        }

        if (!book.InterfaceConfigured(property))
        {
            var text = $"Interface '{credentials.InterfaceEntity}' is not Configured for property '{property}'";
            return residents ? YardiSoapAnswer.Error(Ns, op, text) : YardiSoapAnswer.Result(Ns, op, Refusal(property, new XElement("ErrorMessage", text)));
        }

        return op switch
        {
            "GetResident_Search" or "GetResident_SearchPlus" => YardiSoapAnswer.Result(Ns, op, YardiResidentSearch.Answer(book.Residents(property), request)),
            "GetServiceRequests" => YardiSoapAnswer.Result(Ns, op, _search.ById(request, property)),
            _ => YardiSoapAnswer.Result(Ns, op, _search.Search(request, property)),
        };
    }

    private static XElement Refusal(string property, XElement error) =>
        new("ServiceRequests", new XElement("ServiceRequest", new XElement("ServiceRequestId", 0), new XElement("PropertyCode", property), error));
}
