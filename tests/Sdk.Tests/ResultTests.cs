using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Sdk.Tests;

public sealed class ResultTests
{
    [Fact]
    public void A_value_converts_to_a_success_and_an_error_to_a_failure()
    {
        Result<int> success = 42;
        Result<int> failure = ProviderError.Transient("timeout", "The PMS did not answer in time.");

        Assert.True(success.IsSuccess);
        Assert.Equal(42, success.Value);
        Assert.False(failure.IsSuccess);
        Assert.Equal(ErrorKind.Transient, failure.Error.Kind);
    }

    [Fact]
    public void A_default_result_is_a_failure_not_a_silent_success()
    {
        Assert.False(default(Result<int>).IsSuccess);
        Assert.Equal("no_result", default(Result<int>).Error!.Code);
        Assert.False(default(Result).IsSuccess);
    }

    [Fact]
    public void A_plain_result_carries_only_the_error()
    {
        Assert.True(Result.Success.IsSuccess);
        Result failed = ProviderError.Unknown("dropped", "The connection dropped after the request was sent.");
        Assert.Equal("dropped: The connection dropped after the request was sent.", failed.Error!.ToString());
    }

    [Fact]
    public void A_search_that_found_nothing_succeeds_with_none()
    {
        var nothing = Result<WorkOrderReceipt?>.None;

        Assert.True(nothing.IsSuccess);
        Assert.Null(nothing.Value);
        Assert.Null(nothing.Error);
    }
}
