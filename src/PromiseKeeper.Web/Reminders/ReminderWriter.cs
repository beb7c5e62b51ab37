using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Reminders;

/// <summary>
/// Writes the reminders of a claimed batch in the claim's DbContext (so they commit with the "reminded" marks): to the
/// item's owner, or the incident's owner while the item has none or its owner is deactivated; with
/// <c>toLeads</c>, also to the active leads of the incident's team. Each person once per item.
/// </summary>
public sealed class ReminderWriter(PromiseKeeperDbContext db, NotificationMails mails)
{
    /// <summary>An event found later than this (the first round after an upgrade, a long outage) is marked without telling anyone.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(7);

    /// <summary>Whether the reminder due at <paramref name="dueAt"/> is still worth sending at <paramref name="now"/>.</summary>
    public static bool IsWorthSending(DueItem item, DateTimeOffset dueAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Stage != nameof(PlaybookStage.NotApplicable) && dueAt > now - StaleAfter;
    }

    /// <returns>How many notifications it wrote.</returns>
    public async Task<int> WriteAsync(NotificationKind kind, IReadOnlyCollection<DueItem> items, bool toLeads, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return 0;
        }

        var people = await PeopleAsync(kind, items, toLeads, cancellationToken);
        var written = 0;
        foreach (var item in items)
        {
            foreach (var person in RecipientsOf(item, people, toLeads))
            {
                var recipient = new Recipient(person.Id, person.Choice, person.Email, person.Language, person.DisplayName);
                NotificationWriter.Write(db, mails, new NotificationFacts(kind, item.IncidentId, string.Empty, Reason: item.Text), recipient, now);
                written++;
            }
        }

        return written;
    }

    private static IEnumerable<Person> RecipientsOf(DueItem item, Dictionary<string, Person> people, bool toLeads)
    {
        var owner = new[] { item.OwnerId, item.IncidentOwnerId }
            .Select(id => id is not null && people.TryGetValue(id, out var person) && person.IsActive ? person : null)
            .FirstOrDefault(person => person is not null);
        var leads = toLeads && item.TeamId is { } teamId
            ? people.Values.Where(p => p.IsActive && p.IsLead && p.TeamId == teamId).OrderBy(p => p.Id, StringComparer.Ordinal)
            : Enumerable.Empty<Person>();
        return (owner is null ? leads : leads.Prepend(owner)).DistinctBy(p => p.Id);
    }

    private async Task<Dictionary<string, Person>> PeopleAsync(NotificationKind kind, IReadOnlyCollection<DueItem> items, bool toLeads, CancellationToken cancellationToken)
    {
        var ids = items.SelectMany(i => new[] { i.OwnerId, i.IncidentOwnerId }).OfType<string>().Distinct().ToList();
        var teamIds = toLeads ? items.Select(i => i.TeamId).OfType<int>().Distinct().ToList() : [];
        var people = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) || (u.TeamId != null && teamIds.Contains(u.TeamId.Value) && u.IsActive))
            .Select(u => new Person
            {
                Id = u.Id,
                IsActive = u.IsActive,
                TeamId = u.TeamId,
                IsLead = db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.TeamLead)),
                Email = u.Email,
                Language = u.Language,
                DisplayName = u.DisplayName,
                Choice = db.NotificationPreferences().Where(p => p.UserId == u.Id && p.Kind == kind).Select(p => (NotificationEmail?)p.Email).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return people.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    private sealed class Person
    {
        public string Id { get; init; } = string.Empty;

        public bool IsActive { get; init; }

        public int? TeamId { get; init; }

        public bool IsLead { get; init; }

        public string? Email { get; init; }

        public string? Language { get; init; }

        public string DisplayName { get; init; } = string.Empty;

        public NotificationEmail? Choice { get; init; }
    }
}
