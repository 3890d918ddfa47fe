namespace AiPhoneCoverage.Simulators;

/// <summary>A customer's service-request status; <paramref name="Closed"/> says whether <c>OpenOrClosed=Closed</c> finds it.</summary>
public sealed record YardiStatusValue(string Name, bool Closed = false);
