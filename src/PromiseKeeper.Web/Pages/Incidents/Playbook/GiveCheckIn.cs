using Mediator;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>Gives an open check-in to a user (of any team), or back to the incident's owner; the new owner, when not the actor, is told.</summary>
public static class GiveCheckIn
{
    /// <summary>OwnerId is the field the messages land on (the per-check-in form's select).</summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command(long Id, Guid CheckInId, string? OwnerId, uint Version) : ICommand<string>, IIncidentChange;

    public sealed class Handler(IncidentChanges changes, PromiseKeeperDbContext db, OwnerChoices owners, Notifier notifier) : ICommandHandler<Command, string>
    {
        /// <returns>The owner's name.</returns>
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var ownerId = OwnerChoices.IdOrNull(command.OwnerId);
            return await changes.ApplyAsync(command, IncidentParts.CheckIns, OwnerChoices.Chosen(db, ownerId), (incident, chosen, by) =>
            {
                var owner = owners.Owner(ownerId, chosen, out var refusal)
                    ?? throw new DomainException([new RuleViolation(nameof(Command.OwnerId), refusal ?? owners.Missing)]);
                if (incident.GiveCheckInTo(command.CheckInId, owner, by.Actor, by.Now))
                {
                    var checkIn = incident.CheckIns.Single(c => c.Id == command.CheckInId);
                    notifier.MeasureAssigned(incident.Id, Recipient.ParseOne(owner.UserId, chosen!.Recipient), checkIn.Topic);
                }

                return owner.DisplayName;
            }, cancellationToken);
        }
    }
}
