namespace AiPhoneCoverage.Hub.Routing;

/// <summary>What a contact is to the portfolio; written snake_case in files (<c>technician</c>).</summary>
internal enum ContactRole
{
    Technician,
    Supervisor,
    Manager,
}
