using AiPhoneCoverage.Plugins.RealPage;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.RealPage.Tests;

/// <summary>Fault and in-body texts the gateway may send (the simulator's, and variants) mapped to codes.</summary>
public sealed class ErrorMappingTests
{
    [Theory]
    [InlineData("s:Client", "Invalid license key.", "bad_credentials", ErrorKind.Permanent)]
    [InlineData("s:Client", "Invalid username or password.", "bad_credentials", ErrorKind.Permanent)]
    [InlineData("s:Client", "The PMC ID and site ID do not match the license.", "unknown_property", ErrorKind.Permanent)]
    [InlineData("s:Client", "The license key is not authorized for method 'AddServiceRequest'.", "not_authorized", ErrorKind.Permanent)]
    [InlineData("s:Client", "Unit ID '999' was not found for site '3314559'.", "unknown_unit", ErrorKind.Permanent)]
    [InlineData("s:Client", "Problem ID '999' is not valid for this site.", "unknown_category", ErrorKind.Permanent)]
    [InlineData("s:Client", "Priority ID '9' is not valid for this site.", "unknown_priority", ErrorKind.Permanent)]
    [InlineData("s:Client", "Location ID '9' is not valid for this site.", "unknown_location", ErrorKind.Permanent)]
    [InlineData("s:Client", "Service request ID '5' was not found for site '3314559'.", "unknown_work_order", ErrorKind.Permanent)]
    [InlineData("s:Client", "The due date 'x' is not a date.", "invalid_request", ErrorKind.Permanent)]
    [InlineData("s:Server", "Request limit exceeded for this license. Try again in 12 seconds.", "throttled", ErrorKind.Transient)]
    [InlineData("s:Server", "Object reference not set to an instance of an object.", "rpx_fault", ErrorKind.Transient)]
    [InlineData("a:ActionNotSupported", "The message with Action 'x' cannot be processed at the receiver, due to a ContractFilter mismatch at the EndpointDispatcher.", "unsupported_operation", ErrorKind.Permanent)]
    public void Faults_map_by_their_words(string faultCode, string faultString, string code, ErrorKind kind)
    {
        var error = RpxErrors.FromFault("AddServiceRequest", faultCode, faultString, []);

        Assert.Equal((code, kind), (error.Code, error.Kind));
    }

    [Theory]
    [InlineData("InvalidUnit", "unknown_unit")]
    [InlineData("InvalidProblem", "unknown_category")]
    [InlineData("InvalidPriority", "unknown_priority")]
    [InlineData("InvalidLocation", "unknown_location")]
    [InlineData("InvalidResident", "unknown_resident")]
    [InlineData("MissingField", "invalid_request")]
    public void In_body_refusals_map_by_their_code(string errorCode, string code)
    {
        var error = RpxErrors.FromRefusal("AddServiceRequest", errorCode, "refused", []);

        Assert.Equal((code, ErrorKind.Permanent), (error.Code, error.Kind));
    }

    [Fact]
    public void Secrets_the_gateway_echoes_are_blanked_and_long_texts_cut()
    {
        var error = RpxErrors.FromFault("unitlist", "s:Client", "Invalid license key 'abc-secret-123' for user with password hunter22. " + new string('x', 500), ["abc-secret-123", "hunter22"]);

        Assert.DoesNotContain("abc-secret-123", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter22", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 450);
    }

    [Fact]
    public void Throttling_in_a_429_carries_Retry_After()
    {
        var error = RpxErrors.FromStatus("unitlist", 429, 20);

        Assert.Equal(("throttled", ErrorKind.Transient), (error.Code, error.Kind));
        Assert.Contains("retry after 20 s", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Open", WorkOrderState.Open)]
    [InlineData("In Progress", WorkOrderState.InProgress)]
    [InlineData("On Hold", WorkOrderState.OnHold)]
    [InlineData("Complete", WorkOrderState.Completed)]
    [InlineData("Completed", WorkOrderState.Completed)]
    [InlineData("Canceled", WorkOrderState.Canceled)]
    [InlineData("Cancelled", WorkOrderState.Canceled)]
    public void Statuses_map_to_the_canonical_life_cycle(string status, WorkOrderState state) =>
        Assert.Equal(state, WorkOrderStates.Of(status));
}
