using System.Reflection;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.AppFolio;

/// <summary>
/// "Searched, and there is none": a success holding null, as <see cref="IPmsConnector.FindWorkOrderAsync"/> promises.
/// SDK 1.0's <c>Result&lt;T&gt;.Success</c> refuses null even where T is nullable, so the value is made once through the
/// result's own constructor (value null, error null), the state the contract describes.
/// </summary>
internal static class NoWorkOrder
{
    public static Result<WorkOrderReceipt?> Result { get; } = (Result<WorkOrderReceipt?>)typeof(Result<WorkOrderReceipt?>)
        .GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, [typeof(WorkOrderReceipt), typeof(ProviderError)])!
        .Invoke([null, null]);
}
