namespace AiPhoneCoverage.Sdk;

/// <summary>A fact the triage policy reads, for example <c>water_active</c> or <c>gas_smell</c>.</summary>
/// <param name="Name">The snake_case signal name.</param>
/// <param name="Present"><see langword="true"/> when the caller said so, <see langword="false"/> when they said the opposite ("it stopped leaking").</param>
/// <param name="Confidence">How sure the model is, 0 to 1.</param>
public sealed record Signal(string Name, bool Present, double Confidence = 1.0);
