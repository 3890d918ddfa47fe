using System.Globalization;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Routing;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>Prints an <see cref="OnCallAnswer"/> for `aipc oncall who`: phones masked as text, whole in JSON.</summary>
internal static class OnCallPrinter
{
    public static async Task PrintAsync(TextWriter output, PropertyRef property, string trade, TimeZoneInfo zone, DateTimeOffset instant, OnCallAnswer answer)
    {
        await output.WriteLineAsync($"{property.PortfolioCode}/{property.PropertyCode} {trade} at {Local(instant, zone)} ({zone.Id})");
        if (answer.Contact is { } contact)
        {
            await output.WriteLineAsync($"on call:    {contact.Name} ({contact.Role.ToWire()}) {contact.MaskedPhone}");
            await output.WriteLineAsync($"why:        {answer.Rule!.Describe()}");
            foreach (var skipped in answer.Rule.Skipped)
            {
                await output.WriteLineAsync($"fallback:   {skipped}");
            }
        }
        else
        {
            await output.WriteLineAsync($"on call:    nobody: {answer.Reason}");
        }

        var next = answer.Next is { } then ? $", then {then.Name}" : answer.Until is null ? string.Empty : ", then nobody";
        await output.WriteLineAsync(answer.Until is { } until
            ? $"until:      {Local(until, zone)}{next}"
            : $"until:      no change in the next {OnCallResolver.LookAhead.TotalDays:0} days");
        if (answer.Escalation.Count > 0)
        {
            await output.WriteLineAsync($"escalation: {string.Join(", ", answer.Escalation.Select(e => $"{e.Name} ({e.Role.ToWire()}) {e.MaskedPhone}"))}");
        }
    }

    public static object Json(PropertyRef property, string trade, TimeZoneInfo zone, DateTimeOffset instant, OnCallAnswer answer) => new
    {
        portfolio = property.PortfolioCode,
        property = property.PropertyCode,
        trade,
        timeZone = zone.Id,
        at = TimeZoneInfo.ConvertTime(instant, zone),
        contact = Contact(answer.Contact),
        rule = answer.Rule is not { } rule ? null : new
        {
            rule.Kind,
            rule.Rotation,
            rule.Trade,
            rule.PortfolioWide,
            rule.MemberIndex,
            rule.MemberCount,
            @override = rule.Override is not { } cover ? null : new
            {
                from = OnCallText.FormatLocal(cover.FromLocal), to = OnCallText.FormatLocal(cover.ToLocal), cover.Note,
            },
            rule.Fallback,
            rule.Skipped,
            description = rule.Describe(),
        },
        reason = answer.Reason,
        until = answer.Until is { } until ? TimeZoneInfo.ConvertTime(until, zone) : (DateTimeOffset?)null,
        next = Contact(answer.Next),
        escalation = answer.Escalation.Select(Contact).ToList(),
    };

    private static object? Contact(OnCallContact? contact) => contact is null ? null : new
    {
        id = contact.Code, contact.Name, contact.Phone, contact.Email, contact.Role,
    };

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
