using System.Xml.Linq;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// GetResident_Search (pms-apis.md §1.6): <c>CustomerSearch/Response/Customers/Customer*</c>, one Customer per unit's
/// household. The first resident of a unit (roster order) is the customer; the others are its <c>OtherOccupants</c>,
/// with the same structure plus <c>Relationship</c> and <c>ResponsibleForLease</c>. Filters match a household when any of
/// its members matches; phone numbers match on their digits, whatever the format.
/// </summary>
internal static class YardiResidentSearch
{
    public static XElement Answer(IReadOnlyList<YardiResident> residents, YardiSoapRequest request)
    {
        var unit = request.Field("UnitCode");
        var code = request.Field("ResidentCode");
        var name = request.Field("Name");
        var phone = Digits(request.Field("PhoneNumber"));
        var households = residents
            .GroupBy(r => r.UnitCode, StringComparer.OrdinalIgnoreCase)
            .Where(h => unit is null || string.Equals(h.Key, unit, StringComparison.OrdinalIgnoreCase))
            .Where(h => code is null || h.Any(r => string.Equals(r.ResidentCode, code, StringComparison.OrdinalIgnoreCase)))
            .Where(h => name is null || h.Any(r => $"{r.FirstName} {r.LastName}".Contains(name, StringComparison.OrdinalIgnoreCase)))
            .Where(h => phone.Length == 0 || h.Any(r => SamePhone(r.Phone, phone) || SamePhone(r.AltPhone, phone)));
        return new XElement("CustomerSearch",
            new XElement("Response",
                new XElement("Customers", households.Select(h => Customer(h.First(), h.Skip(1).ToList())))));
    }

    private static XElement Customer(YardiResident head, List<YardiResident> others)
    {
        var customer = Person("Customer", head);
        if (others.Count > 0)
        {
            customer.Add(new XElement("OtherOccupants", others.Select(o =>
            {
                var occupant = Person("OtherOccupant", o);
                occupant.Add(new XElement("Relationship", "Roommate"), new XElement("ResponsibleForLease", "true"));
                return occupant;
            })));
        }

        return customer;
    }

    private static XElement Person(string element, YardiResident r) =>
        new(element,
            new XElement("Identification",
                new XElement("IDValue", r.ResidentCode),
                new XElement("Status", r.Status),
                new XElement("YardiStatus", r.Status)),
            new XElement("Name",
                new XElement("FirstName", r.FirstName),
                new XElement("MiddleName"),
                new XElement("LastName", r.LastName)),
            new XElement("Address", new XElement("Email", r.Email ?? string.Empty)),
            new XElement("Lease",
                new XElement("Identification", new XElement("IDValue", r.UnitCode))),
            new XElement("Phone",
                new XElement("OfficeNumber"),
                new XElement("HomeNumber", r.AltPhone ?? string.Empty),
                new XElement("MobileNumber", r.Phone)));

    private static bool SamePhone(string? number, string wanted)
    {
        var digits = Digits(number);
        return digits.Length > 0 && Last10(digits) == Last10(wanted);
    }

    private static string Last10(string digits) => digits.Length > 10 ? digits[^10..] : digits;

    private static string Digits(string? text) => new((text ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
}
