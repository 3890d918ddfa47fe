using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Routing;

/// <summary>
/// Who is on call for a property and a trade: loads the property's rotations, the portfolio-wide ones, their members
/// and overrides, and asks <see cref="OnCallResolver"/>. Without an instant, the answer is for now (<see cref="TimeProvider"/>).
/// </summary>
internal sealed class OnCallService(HubDatabase database, TimeProvider time)
{
    public async Task<OnCallAnswer> WhoIsOnCallAsync(PropertyRef property, string trade, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        if (!Trades.TryParse(trade, out var parsed))
        {
            throw new ArgumentException($"trade '{trade}' is not {Trades.Listed}", nameof(trade));
        }

        var schedule = await LoadAsync(property, cancellationToken);
        return OnCallResolver.WhoIsOnCall(schedule, parsed, at ?? time.GetUtcNow());
    }

    public async Task<OnCallSchedule> LoadAsync(PropertyRef property, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.For(property.PortfolioId));
        var zoneId = await db.Properties.Where(p => p.Id == property.PropertyId).Select(p => p.TimeZone).SingleAsync(cancellationToken);
        var zone = ZoneOf(zoneId);
        var rotations = await db.OnCallRotations.AsNoTracking()
            .Where(r => r.PropertyId == property.PropertyId || r.PropertyId == null)
            .OrderBy(r => r.Position)
            .ToListAsync(cancellationToken);
        var ids = rotations.Select(r => r.Id).ToList();
        var members = await db.OnCallMembers.AsNoTracking().Where(m => ids.Contains(m.RotationId)).ToListAsync(cancellationToken);
        var overrides = await db.OnCallOverrides.AsNoTracking().Where(o => ids.Contains(o.RotationId)).ToListAsync(cancellationToken);
        var contactIds = members.Select(m => m.ContactId).Concat(overrides.Select(o => o.ContactId)).Distinct().ToList();
        var contacts = (await db.OnCallContacts.AsNoTracking().Where(c => contactIds.Contains(c.Id)).ToListAsync(cancellationToken))
            .ToDictionary(c => c.Id, ToContact);

        var byRotation = members.ToLookup(m => m.RotationId);
        var coversByRotation = overrides.ToLookup(o => o.RotationId);
        return new OnCallSchedule(property.PropertyCode, zone, rotations.Select(r =>
        {
            var rotationZone = r.TimeZone is null ? zone : ZoneOf(r.TimeZone);
            return new OnCallRotation
            {
                Id = r.Id,
                Name = r.Name,
                PropertyId = r.PropertyId,
                Trade = r.Trade,
                Position = r.Position,
                Period = WireEnum.Parse<RotationPeriod>(r.Period),
                HandoffDay = r.HandoffDay is { } day && OnCallText.TryParseDay(day, out var parsed) ? parsed : null,
                HandoffTime = r.HandoffTime,
                StartDate = r.StartDate,
                Members = byRotation[r.Id].Where(m => !m.Escalation).OrderBy(m => m.Position).Select(m => contacts[m.ContactId]).ToList(),
                Escalation = byRotation[r.Id].Where(m => m.Escalation).OrderBy(m => m.Position).Select(m => contacts[m.ContactId]).ToList(),
                Windows = WindowsJson.Read(r.WindowsJson),
                Overrides = coversByRotation[r.Id].Select(o => ToOverride(o, contacts[o.ContactId], rotationZone)).ToList(),
                Zone = rotationZone,
            };
        }).ToList());
    }

    private static OnCallContact ToContact(OnCallContactRecord c) =>
        new(c.Id, c.Code, c.Name, c.Phone, c.Email, WireEnum.Parse<ContactRole>(c.Role));

    private static OnCallOverride ToOverride(OnCallOverrideRecord o, OnCallContact contact, TimeZoneInfo zone) =>
        OnCallText.TryParseLocal(o.FromLocal, out var from) && OnCallText.TryParseLocal(o.ToLocal, out var to)
            ? new OnCallOverride(o.Id, contact, from, to, o.Note, zone)
            : throw new InvalidDataException($"stored override {o.Id} has a bad local time");

    private static TimeZoneInfo ZoneOf(string id) => LocalTimes.FindZone(id) ?? throw new InvalidDataException($"'{id}' is not an IANA time zone");
}
