namespace AiPhoneCoverage.Simulators;

/// <summary>A customer's service-request category and its subcategories (GetCustomValues <c>Categories/Category</c>).</summary>
public sealed record YardiCategory(string Name, IReadOnlyList<string> SubCategories);
