using Mediator;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>A team lead approves a submitted retro (comments optional); the incident can then close.</summary>
public static class ApproveRetro
{
    [AuthorizeRequest(RequestAccess.LeadIncident)]
    public sealed record Command(long Id, uint Version, string? Comments) : ICommand, IIncidentRequest;

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock, IAuditLog audit, Notifier notifier, NotificationRecipients recipients)
        : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var (incident, owner) = await db.LoadForRetroReviewAsync(
                command.Id, command.Version, user, recipients.Owner(NotificationKind.RetroApproved), cancellationToken);
            incident.ApproveRetro(command.Comments, user.AsActor(), clock.GetUtcNow());
            notifier.RetroApproved(incident.Id, Recipient.ParseOne(incident.OwnerId, owner));
            audit.Add(AuditAction.RetroApproved, AuditTexts.RetroApproved, AuditSubject.Incident(incident.Id), incident.Id);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
