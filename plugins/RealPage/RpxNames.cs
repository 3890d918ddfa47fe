namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>
/// The RPX operation names this connector calls. <c>getsitelist</c>, <c>unitlist</c> and <c>getresidentlistinfo</c> are
/// seen in public clients ([H] in pms-apis.md §2). The Facilities names are marked [L] there: chosen here, in RPX's
/// lower-case style, and to be revised against RealPage's WSDL (see README.md). One place to change them.
/// </summary>
internal static class RpxNames
{
    public const string Namespace = "http://tempuri.org/";
    public const string ActionPrefix = "http://tempuri.org/IRPXService/";

    public const string SiteList = "getsitelist";
    public const string UnitList = "unitlist";
    public const string ResidentListInfo = "getresidentlistinfo";

    // Facilities ([L]): method names from Propexo's docs, exact spelling and element names unverified.
    public const string Problems = "getproblems";
    public const string Priorities = "getservicerequestpriorities";
    public const string Locations = "getlocations";
    public const string AddServiceRequest = "AddServiceRequest";
    public const string ServiceRequests = "getservicerequests";
}
