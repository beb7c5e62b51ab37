using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.ClockHistory;

/// <summary>The owners and team leads of a sweep batch's incidents, with their email choices for the clock kinds.</summary>
internal sealed class ClockPeople
{
    private readonly Dictionary<string, Person> _byId;
    private readonly Dictionary<(string UserId, NotificationKind Kind), NotificationEmail> _choices;

    private ClockPeople(Dictionary<string, Person> byId, Dictionary<(string, NotificationKind), NotificationEmail> choices)
    {
        _byId = byId;
        _choices = choices;
    }

    /// <summary>The owner, and when <paramref name="leadsOfTeam"/> is given, that team's active leads (each once).</summary>
    public IEnumerable<Recipient> For(NotificationKind kind, string ownerId, int? leadsOfTeam)
    {
        var ids = new List<string> { ownerId };
        if (leadsOfTeam is { } team)
        {
            ids.AddRange(_byId.Values.Where(p => p.IsLead && p.IsActive && p.TeamId == team).Select(p => p.Id).Order(StringComparer.Ordinal));
        }

        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            var person = _byId.GetValueOrDefault(id);
            yield return new Recipient(
                id, _choices.TryGetValue((id, kind), out var choice) ? choice : null, person?.Email, person?.Language, person?.DisplayName);
        }
    }

    public static async Task<ClockPeople> LoadAsync(
        PromiseKeeperDbContext db, IReadOnlyList<string> ownerIds, IReadOnlyList<int> teamIds, CancellationToken cancellationToken)
    {
        var people = await db.Users.AsNoTracking()
            .Where(u => ownerIds.Contains(u.Id)
                || (u.TeamId != null && teamIds.Contains(u.TeamId.Value)
                    && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.TeamLead))))
            .Select(u => new Person(
                u.Id, u.TeamId, u.IsActive, u.Email, u.Language, u.DisplayName,
                db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.TeamLead))))
            .ToListAsync(cancellationToken);
        var userIds = people.Select(p => p.Id).ToList();
        var choices = await db.NotificationPreferences()
            .Where(p => userIds.Contains(p.UserId) && (p.Kind == NotificationKind.ClockWarning || p.Kind == NotificationKind.ClockBreached))
            .ToDictionaryAsync(p => (p.UserId, p.Kind), p => p.Email, cancellationToken);
        return new ClockPeople(people.ToDictionary(p => p.Id, StringComparer.Ordinal), choices);
    }

    private sealed record Person(string Id, int? TeamId, bool IsActive, string? Email, string? Language, string DisplayName, bool IsLead);
}
