namespace AiPhoneCoverage.Simulators;

/// <summary>How the simulated gateway refuses a create or update that names something the site does not have (pms-apis.md §5.2 allows both).</summary>
public enum RpxValidationErrorShape
{
    /// <summary>HTTP 500 with an <c>s:Fault</c> whose <c>faultstring</c> names the problem.</summary>
    Fault,

    /// <summary>HTTP 200 with <c>Success</c> false, an <c>ErrorCode</c> and an <c>ErrorMessage</c> in the operation's result.</summary>
    InBody,
}
