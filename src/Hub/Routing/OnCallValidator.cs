using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Residents;

namespace AiPhoneCoverage.Hub.Routing;

/// <summary>
/// Checks a portfolio file's <c>contacts</c> and <c>onCall</c> sections and turns them into an <see cref="OnCallPlan"/>.
/// Every problem names its place: <c>contact 'ana-ruiz': ...</c>, <c>rotation 'maple-court-plumbing': ...</c>,
/// <c>override of 'maple-court-plumbing' from ... to ...: ...</c>.
/// </summary>
internal sealed class OnCallValidator(PhoneNumberNormalizer phones)
{
    /// <summary>The plan (null when the file has neither section, or when there are problems) and the problems.</summary>
    public (OnCallPlan? Plan, IReadOnlyList<string> Problems) Read(PortfolioDocument document)
    {
        if (document.Contacts is null && document.OnCall is null)
        {
            return (null, []);
        }

        var problems = new List<string>();
        var contacts = ReadContacts(document.Contacts ?? [], problems);
        var known = (document.Contacts ?? []).Select(c => c.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var properties = document.Properties.Select(p => p.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var rotations = ReadRotations(document.OnCall?.Rotations ?? [], known, properties, problems);
        var names = (document.OnCall?.Rotations ?? []).Select(r => r.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var overrides = ReadOverrides(document.OnCall?.Overrides ?? [], names, known, problems);
        return problems.Count > 0 ? (null, problems) : (new OnCallPlan(contacts, rotations, overrides), []);
    }

    private List<ContactSpec> ReadContacts(IReadOnlyList<ContactDocument> documents, List<string> problems)
    {
        var contacts = new List<ContactSpec>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var contact in documents)
        {
            var mine = new List<string>();
            if (contact.Id is not null && !ids.Add(contact.Id))
            {
                mine.Add("id appears twice");
            }

            var spec = ContactSpec.Parse(contact.Id, contact.Name, contact.Phone, contact.Email, contact.Role, phones, mine);
            problems.AddRange(mine.Select(p => $"contact '{contact.Id}': {p}"));
            if (spec is not null && mine.Count == 0)
            {
                contacts.Add(spec);
            }
        }

        return contacts;
    }

    private static List<RotationSpec> ReadRotations(
        IReadOnlyList<RotationDocument> documents, HashSet<string> contacts, HashSet<string> properties, List<string> problems)
    {
        var rotations = new List<RotationSpec>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var rotation = documents[i];
            var mine = new List<string>();
            if (!OnCallCodes.IsValid(rotation.Name))
            {
                mine.Add("name must be lowercase letters, digits and dashes");
            }
            else if (!names.Add(rotation.Name!))
            {
                mine.Add("name appears twice");
            }

            CheckPlace(rotation, properties, mine);
            var windows = new List<OnCallWindow>();
            foreach (var window in rotation.Windows ?? [])
            {
                if (window.ToWindow(out var why) is { } parsed)
                {
                    windows.Add(parsed);
                }
                else
                {
                    mine.Add(why!);
                }
            }

            var settings = RotationSettings.Parse(rotation.Trade, rotation.Period, rotation.HandoffDay, rotation.HandoffTime, rotation.Start, windows, mine);
            if (rotation.Members.Count == 0)
            {
                mine.Add("members is empty; a rotation needs at least one contact");
            }

            mine.AddRange(rotation.Members.Where(m => !contacts.Contains(m)).Select(m => $"member '{m}' is not a contact of this file"));
            mine.AddRange((rotation.Escalation ?? []).Where(m => !contacts.Contains(m)).Select(m => $"escalation '{m}' is not a contact of this file"));
            var place = rotation.Name is null ? $"rotation {i + 1}" : $"rotation '{rotation.Name}'";
            problems.AddRange(mine.Select(p => $"{place}: {p}"));
            if (mine.Count == 0)
            {
                rotations.Add(new RotationSpec(rotation.Name!, rotation.Property, rotation.TimeZone, settings!, rotation.Members, rotation.Escalation ?? []));
            }
        }

        return rotations;
    }

    private static void CheckPlace(RotationDocument rotation, HashSet<string> properties, List<string> problems)
    {
        if (rotation.Property is not null)
        {
            if (!properties.Contains(rotation.Property))
            {
                problems.Add($"property '{rotation.Property}' is not a property of this file");
            }

            if (rotation.TimeZone is not null)
            {
                problems.Add("a property's rotation follows the property's time zone; leave timeZone out");
            }
        }
        else if (rotation.TimeZone is null)
        {
            problems.Add("a portfolio-wide rotation (no property) needs its timeZone");
        }
        else if (LocalTimes.FindZone(rotation.TimeZone) is null)
        {
            problems.Add($"time zone '{rotation.TimeZone}' is not an IANA time zone");
        }
    }

    private static List<OverrideSpec> ReadOverrides(IReadOnlyList<OverrideDocument> documents, HashSet<string> rotations, HashSet<string> contacts, List<string> problems)
    {
        var overrides = new List<OverrideSpec>();
        foreach (var cover in documents)
        {
            var place = $"override of '{cover.Rotation}' from {cover.From} to {cover.To}";
            var mine = new List<string>();
            var spec = Parse(cover.Rotation, cover.Contact, cover.From, cover.To, cover.Note, mine);
            if (cover.Rotation is not null && !rotations.Contains(cover.Rotation))
            {
                mine.Add($"rotation '{cover.Rotation}' is not a rotation of this file");
            }

            if (cover.Contact is not null && !contacts.Contains(cover.Contact))
            {
                mine.Add($"contact '{cover.Contact}' is not a contact of this file");
            }

            if (spec is not null && overrides.FirstOrDefault(spec.Overlaps) is { } other)
            {
                mine.Add($"overlaps the {other.Describe()}");
            }

            problems.AddRange(mine.Select(p => $"{place}: {p}"));
            if (spec is not null && mine.Count == 0)
            {
                overrides.Add(spec);
            }
        }

        return overrides;
    }

    /// <summary>An override from its written form, or null with the problems (shared with the CSV import).</summary>
    public static OverrideSpec? Parse(string? rotation, string? contact, string? from, string? to, string? note, List<string> problems)
    {
        var before = problems.Count;
        if (string.IsNullOrWhiteSpace(rotation))
        {
            problems.Add("rotation is missing");
        }

        if (string.IsNullOrWhiteSpace(contact))
        {
            problems.Add("contact is missing");
        }

        if (!OnCallText.TryParseLocal(from, out var start))
        {
            problems.Add($"from '{from}' is not a local date and time ({OnCallText.LocalFormat})");
        }

        if (!OnCallText.TryParseLocal(to, out var end))
        {
            problems.Add($"to '{to}' is not a local date and time ({OnCallText.LocalFormat})");
        }
        else if (problems.Count == before && end <= start)
        {
            problems.Add("to must be after from");
        }

        if (note is { Length: > 200 } || (note?.Any(char.IsControl) ?? false))
        {
            problems.Add("note is longer than 200 characters or has control characters");
        }

        return problems.Count > before ? null : new OverrideSpec(rotation!.Trim(), contact!.Trim(), start, end, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
    }
}
