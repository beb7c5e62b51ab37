using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Mail;

namespace PromiseKeeper.Web.Notifications;

/// <summary>
/// A few notifications for the demo users, as the events would have written them, each wanted at once with its email
/// left Pending in the outbox: the local mail server's inbox (smtp4dev) shows them once the app runs.
/// </summary>
public sealed class DemoNotifications(PromiseKeeperDbContext db, NotificationMails mails, TimeProvider clock)
{
    public async Task AddAsync(CancellationToken cancellationToken)
    {
        var people = await db.Users
            .Where(u => u.Email != null && DemoData.Users.Select(d => d.Email).Contains(u.Email))
            .ToDictionaryAsync(u => u.Email!, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var incidents = await db.Incidents.AsNoTracking()
            .Where(i => i.Stage == PlaybookStage.InternalRetro || i.Stage == PlaybookStage.ResearchAlternatives)
            .OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.Stage, Contract = i.ContractReference != null, i.OwnerId })
            .ToListAsync(cancellationToken);
        var actors = people.Values.ToDictionary(u => u.Id, u => u.DisplayName, StringComparer.Ordinal);
        var lead = people[DemoData.Users.First(u => u.Role == Roles.TeamLead).Email];
        var legal = people[DemoData.Users.First(u => u.Role == Roles.Legal).Email];

        if (incidents.FirstOrDefault(i => i.Stage == PlaybookStage.InternalRetro) is { } retro)
        {
            Add(NotificationKind.RetroSubmitted, lead, retro.Id, actors.GetValueOrDefault(retro.OwnerId, string.Empty));
        }

        if (incidents.FirstOrDefault(i => i.Stage == PlaybookStage.ResearchAlternatives && i.Contract) is { } contract)
        {
            Add(NotificationKind.LegalReviewRequested, legal, contract.Id, actors.GetValueOrDefault(contract.OwnerId, string.Empty));
            // As if the lead had handed it to its owner.
            if (people.Values.FirstOrDefault(u => u.Id == contract.OwnerId) is { } owner)
            {
                Add(NotificationKind.IncidentAssigned, owner, contract.Id, lead.DisplayName);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void Add(NotificationKind kind, ApplicationUser recipient, long incidentId, string actorName)
    {
        var now = clock.GetUtcNow();
        var notification = new Notification
        {
            RecipientId = recipient.Id,
            Kind = kind,
            IncidentId = incidentId,
            ActorName = actorName,
            CreatedAt = now,
            Email = NotificationEmail.AtOnce,
            EmailQueuedAt = now,
        };
        db.Set<Notification>().Add(notification);
        EmailOutbox.Enqueue(db, mails.Compose(notification, new Recipient(recipient.Id, NotificationEmail.AtOnce, recipient.Email, recipient.Language, recipient.DisplayName)), now);
    }
}
