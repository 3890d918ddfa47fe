using System.Text.Json.Serialization;

namespace AiPhoneCoverage.Sdk;

/// <summary>The canonical life cycle of a work order, whatever the PMS calls its statuses.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<WorkOrderState>))]
public enum WorkOrderState
{
    /// <summary>Created, nobody assigned yet.</summary>
    Open,

    /// <summary>Assigned or scheduled.</summary>
    InProgress,

    /// <summary>Waiting on parts, the resident or a vendor.</summary>
    OnHold,

    /// <summary>Work done.</summary>
    Completed,

    /// <summary>Cancelled.</summary>
    Canceled,
}
