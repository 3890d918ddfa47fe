using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Sdk.Tests;

public sealed class ResultNoneTests
{
    [Fact]
    public void None_is_a_success_without_a_value_for_searches_that_found_nothing()
    {
        var none = Result<WorkOrderReceipt?>.None;

        Assert.True(none.IsSuccess);
        Assert.Null(none.Value);
        Assert.Null(none.Error);
        Assert.Throws<ArgumentNullException>(() => Result<WorkOrderReceipt?>.Success(null));
    }
}
