using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Notifications;

/// <summary>
/// The people a background job may tell about a batch of items, read in two statements for the whole batch: the given
/// users (owners) and the active team leads of the given teams, with their email choices for the given kinds.
/// </summary>
public sealed class NotifiablePeople
{
    private readonly Dictionary<string, Person> _byId;
    private readonly Dictionary<(string UserId, NotificationKind Kind), NotificationEmail> _choices;

    private NotifiablePeople(Dictionary<string, Person> byId, Dictionary<(string, NotificationKind), NotificationEmail> choices)
    {
        _byId = byId;
        _choices = choices;
    }

    public sealed record Person(string Id, int? TeamId, bool IsActive, bool IsLead, string? Email, string? Language, string DisplayName);

    public Person? Find(string? userId) => userId is not null && _byId.TryGetValue(userId, out var person) ? person : null;

    /// <summary>The team's active leads, in a stable order.</summary>
    public IEnumerable<Person> ActiveLeadsOf(int teamId) =>
        _byId.Values.Where(p => p.IsLead && p.IsActive && p.TeamId == teamId).OrderBy(p => p.Id, StringComparer.Ordinal);

    /// <summary>The user as a notification's recipient of <paramref name="kind"/>, with their email choice (null: the kind's default).</summary>
    public Recipient RecipientFor(string userId, NotificationKind kind)
    {
        var person = Find(userId);
        return new Recipient(
            userId, _choices.TryGetValue((userId, kind), out var choice) ? choice : null, person?.Email, person?.Language, person?.DisplayName);
    }

    public static async Task<NotifiablePeople> LoadAsync(
        PromiseKeeperDbContext db, IReadOnlyCollection<string> userIds, IReadOnlyCollection<int> leadsOfTeams,
        IReadOnlyCollection<NotificationKind> kinds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id)
                || (u.IsActive && u.TeamId != null && leadsOfTeams.Contains(u.TeamId.Value)
                    && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.TeamLead))))
            .Select(u => new Person(
                u.Id, u.TeamId, u.IsActive,
                db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.TeamLead)),
                u.Email, u.Language, u.DisplayName))
            .ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Id).ToList();
        var choices = await db.NotificationPreferences()
            .Where(p => ids.Contains(p.UserId) && kinds.Contains(p.Kind))
            .ToDictionaryAsync(p => (p.UserId, p.Kind), p => p.Email, cancellationToken);
        return new NotifiablePeople(people.ToDictionary(p => p.Id, StringComparer.Ordinal), choices);
    }
}
