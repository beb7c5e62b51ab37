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
                NotificationWriter.Write(
                    db, mails, new NotificationFacts(kind, item.IncidentId, string.Empty, Reason: item.Text), people.RecipientFor(person.Id, kind), now);
                written++;
            }
        }

        return written;
    }

    private static IEnumerable<NotifiablePeople.Person> RecipientsOf(DueItem item, NotifiablePeople people, bool toLeads)
    {
        var owner = new[] { item.OwnerId, item.IncidentOwnerId }.Select(people.Find).FirstOrDefault(person => person is { IsActive: true });
        var leads = toLeads && item.TeamId is { } teamId ? people.ActiveLeadsOf(teamId) : [];
        return (owner is null ? leads : leads.Prepend(owner)).DistinctBy(p => p.Id);
    }

    private Task<NotifiablePeople> PeopleAsync(NotificationKind kind, IReadOnlyCollection<DueItem> items, bool toLeads, CancellationToken cancellationToken) =>
        NotifiablePeople.LoadAsync(
            db,
            [.. items.SelectMany(i => new[] { i.OwnerId, i.IncidentOwnerId }).OfType<string>().Distinct()],
            toLeads ? [.. items.Select(i => i.TeamId).OfType<int>().Distinct()] : [],
            [kind],
            cancellationToken);
}
