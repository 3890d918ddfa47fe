using System.Text;

namespace AiPhoneCoverage.Hub.Routing;

/// <summary>
/// The texts residents get, from the portfolio's <c>messages</c> section or these defaults, with their placeholders
/// filled. Kept short: one SMS segment where possible.
/// </summary>
internal sealed record ResidentMessages(string Confirmation, IReadOnlyDictionary<string, string> NextSteps, string TechnicianOnTheWay, string VendorAssigned)
{
    public static ResidentMessages Default { get; } = new(
        "Your maintenance request {reference} for unit {unit} is logged. {nextSteps}",
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["emergency"] = "We are paging the on-call technician now and will text you when one is on the way.",
            ["urgent"] = "A technician will be scheduled within 24 hours.",
            ["routine"] = "The maintenance team will schedule it within 5 days.",
            ["none"] = "The office will get back to you on the next business day.",
        },
        "{technician} has accepted request {reference} and is on the way.",
        "{vendor} has accepted request {reference} and will contact you to schedule the visit.");

    /// <summary>The placeholders a text may use.</summary>
    public static IReadOnlyList<string> Placeholders { get; } = ["reference", "property", "unit", "category", "urgency", "nextSteps", "technician", "vendor"];

    /// <summary>This portfolio's texts: its section over the defaults.</summary>
    public static ResidentMessages From(MessagesDocument? document)
    {
        if (document is null)
        {
            return Default;
        }

        var nextSteps = new Dictionary<string, string>(Default.NextSteps, StringComparer.Ordinal);
        foreach (var (urgency, text) in document.NextSteps ?? new Dictionary<string, string>())
        {
            nextSteps[urgency] = text;
        }

        return new ResidentMessages(
            document.Confirmation ?? Default.Confirmation,
            nextSteps,
            document.TechnicianOnTheWay ?? Default.TechnicianOnTheWay,
            document.VendorAssigned ?? Default.VendorAssigned);
    }

    /// <summary>Checks the section's texts name only known placeholders.</summary>
    public static IEnumerable<string> Problems(MessagesDocument document)
    {
        var texts = new List<(string Name, string? Text)>
        {
            ("confirmation", document.Confirmation), ("technicianOnTheWay", document.TechnicianOnTheWay), ("vendorAssigned", document.VendorAssigned),
        };
        texts.AddRange((document.NextSteps ?? new Dictionary<string, string>()).Select(n => ($"nextSteps.{n.Key}", (string?)n.Value)));
        foreach (var urgency in (document.NextSteps ?? new Dictionary<string, string>()).Keys.Where(u => !Default.NextSteps.ContainsKey(u)))
        {
            yield return $"messages: nextSteps.{urgency}: not an urgency (emergency, urgent, routine, none)";
        }

        foreach (var (name, text) in texts.Where(t => t.Text is not null))
        {
            if (text!.Length > 480)
            {
                yield return $"messages: {name} is longer than 480 characters (3 SMS segments)";
            }

            foreach (var unknown in PlaceholdersIn(text).Where(p => !Placeholders.Contains(p)))
            {
                yield return $"messages: {name} has an unknown placeholder {{{unknown}}} (known: {string.Join(", ", Placeholders)})";
            }
        }
    }

    /// <summary>Fills <c>{name}</c> placeholders; an unknown or missing value leaves an empty string.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string?> values)
    {
        var text = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            text.Append(template, i, open - i);
            text.Append(values.TryGetValue(template[(open + 1)..close], out var value) ? value : string.Empty);
            i = close + 1;
        }

        return text.ToString().Replace("  ", " ", StringComparison.Ordinal).Trim();
    }

    private static IEnumerable<string> PlaceholdersIn(string text)
    {
        var open = text.IndexOf('{');
        while (open >= 0)
        {
            var close = text.IndexOf('}', open);
            if (close < 0)
            {
                yield break;
            }

            yield return text[(open + 1)..close];
            open = text.IndexOf('{', close);
        }
    }
}
