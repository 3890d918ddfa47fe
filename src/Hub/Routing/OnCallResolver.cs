namespace AiPhoneCoverage.Hub.Routing;

/// <summary>
/// Answers who is on call. Places are asked in this order: the property's rotations for the trade, the portfolio-wide
/// ones for the trade, the property's general rotations, the portfolio-wide general ones. At each place an override of
/// any of its rotations comes first, then its rotations in order; a rotation that has not started yet or whose windows do
/// not cover the instant passes to the next. Nobody on call is an answer too, with the reason.
/// </summary>
internal static class OnCallResolver
{
    /// <summary>How far ahead <see cref="OnCallAnswer.Until"/> is looked for.</summary>
    public static readonly TimeSpan LookAhead = TimeSpan.FromDays(31);

    /// <summary>The answer at <paramref name="instant"/>, with when it next changes and who is on call then.</summary>
    public static OnCallAnswer WhoIsOnCall(OnCallSchedule schedule, string trade, DateTimeOffset instant)
    {
        var answer = Decide(schedule, trade, instant);
        var horizon = instant + LookAhead;
        var changes = schedule.Rotations
            .Where(r => r.Trade == trade || r.Trade == Trades.General)
            .SelectMany(r => r.ChangesBetween(instant, horizon))
            .Distinct()
            .Order();
        foreach (var change in changes)
        {
            var later = Decide(schedule, trade, change);
            if (!later.SameAs(answer))
            {
                return answer with { Until = change, Next = later.Contact };
            }
        }

        return answer;
    }

    /// <summary>The answer at <paramref name="instant"/> alone.</summary>
    public static OnCallAnswer Decide(OnCallSchedule schedule, string trade, DateTimeOffset instant)
    {
        var skipped = new List<string>();
        foreach (var (portfolioWide, placeTrade) in Places(trade))
        {
            var rotations = schedule.Rotations.Where(r => r.PortfolioWide == portfolioWide && r.Trade == placeTrade).OrderBy(r => r.Position).ToList();
            if (rotations.Count == 0)
            {
                skipped.Add(portfolioWide ? $"no portfolio-wide {placeTrade} rotation" : $"{schedule.PropertyCode} has no {placeTrade} rotation");
                continue;
            }

            var fallback = portfolioWide || placeTrade != trade;
            foreach (var rotation in rotations)
            {
                if (rotation.OverrideAt(instant) is { } cover)
                {
                    var rule = new OnCallRule(OnCallRuleKind.Override, rotation.Id, rotation.Name, rotation.Trade, portfolioWide, null, rotation.Members.Count, cover, fallback, [.. skipped]);
                    return new OnCallAnswer(cover.Contact, rule, null) { Escalation = rotation.Escalation };
                }
            }

            foreach (var rotation in rotations)
            {
                if (rotation.ShiftAt(instant) is not { } shift)
                {
                    var first = LocalTimes.ToLocal(rotation.HandoffAt(0), rotation.Zone);
                    skipped.Add($"rotation '{rotation.Name}' starts {OnCallText.FormatLocal(first)}");
                }
                else if (!rotation.IsWithinWindows(instant))
                {
                    skipped.Add($"rotation '{rotation.Name}' is outside its on-call windows");
                }
                else
                {
                    var rule = new OnCallRule(OnCallRuleKind.Rotation, rotation.Id, rotation.Name, rotation.Trade, portfolioWide, shift.MemberIndex, rotation.Members.Count, null, fallback, [.. skipped]);
                    return new OnCallAnswer(shift.Member, rule, null) { Escalation = rotation.Escalation };
                }
            }
        }

        return OnCallAnswer.Nobody($"nobody is on call for {trade} at {schedule.PropertyCode}: {string.Join("; ", skipped)}");
    }

    private static (bool PortfolioWide, string Trade)[] Places(string trade) => trade == Trades.General
        ? [(false, Trades.General), (true, Trades.General)]
        : [(false, trade), (true, trade), (false, Trades.General), (true, Trades.General)];
}
