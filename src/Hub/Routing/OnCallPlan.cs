namespace AiPhoneCoverage.Hub.Routing;

/// <summary>A portfolio's whole on-call configuration, checked and ready to be written.</summary>
internal sealed record OnCallPlan(IReadOnlyList<ContactSpec> Contacts, IReadOnlyList<RotationSpec> Rotations, IReadOnlyList<OverrideSpec> Overrides);
