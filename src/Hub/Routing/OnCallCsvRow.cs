namespace AiPhoneCoverage.Hub.Routing;

/// <summary>
/// One readable line of an on-call CSV: a rotation member, an escalation contact or an override. A member line may carry
/// the rotation's settings, any line the contact's details.
/// </summary>
internal sealed record OnCallCsvRow(int Line, OnCallCsvKind Kind, string Rotation, string Contact, ContactSpec? ContactDetails, RotationSettings? Settings, OverrideSpec? Override);
