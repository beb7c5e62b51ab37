using Mediator;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>A team lead returns a submitted retro with comments; the account manager changes it and submits it again.</summary>
public static class SendRetroBack
{
    [AuthorizeRequest(RequestAccess.LeadIncident)]
    public sealed record Command(long Id, uint Version, string? Comments) : ICommand, IIncidentRequest;

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock, IAuditLog audit, Notifier notifier, NotificationRecipients recipients)
        : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var (incident, owner) = await db.LoadForRetroReviewAsync(
                command.Id, command.Version, user, recipients.Owner(NotificationKind.RetroSentBack), cancellationToken);
            incident.SendRetroBack(command.Comments, user.AsActor(), clock.GetUtcNow());
            notifier.RetroSentBack(incident.Id, Recipient.ParseOne(incident.OwnerId, owner));
            audit.Add(AuditAction.RetroSentBack, AuditTexts.RetroSentBack, AuditSubject.Incident(incident.Id), incident.Id);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
