using Mediator;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Gives a prevention measure that is not done to a user (of any team), e.g. a free-text owner from before owners were
/// users; the new owner, when not the actor, is told. Also after the retro was submitted and after closing.
/// </summary>
public static class GiveMeasure
{
    /// <summary>OwnerId is the field the messages land on (the per-measure form's select).</summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command(long Id, Guid MeasureId, string? OwnerId, uint Version) : ICommand<string>, IIncidentChange;

    public sealed class Handler(IncidentChanges changes, PromiseKeeperDbContext db, OwnerChoices owners, Notifier notifier) : ICommandHandler<Command, string>
    {
        /// <returns>The owner's name.</returns>
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var ownerId = OwnerChoices.IdOrNull(command.OwnerId);
            return await changes.ApplyAsync(command, IncidentParts.PreventionMeasures, OwnerChoices.Chosen(db, ownerId), (incident, chosen, by) =>
            {
                var owner = owners.Owner(ownerId, chosen, out var refusal)
                    ?? throw new DomainException([new RuleViolation(nameof(Command.OwnerId), refusal ?? owners.Missing)]);
                if (incident.GiveMeasureTo(command.MeasureId, owner, by.Actor, by.Now))
                {
                    var measure = incident.PreventionMeasures.Single(m => m.Id == command.MeasureId);
                    notifier.MeasureAssigned(incident.Id, Recipient.ParseOne(owner.UserId, chosen!.Recipient), measure.Description);
                }

                return owner.DisplayName;
            }, cancellationToken);
        }
    }
}
