using Mediator;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>Adds a prevention measure (what, who, by when) to the internal retro; its owner, when not the actor, is told.</summary>
public static class AddPreventionMeasure
{
    /// <summary>
    /// The new-measure form of the Retro page (bound there as <c>Measure</c>). Field names match the domain's
    /// messages: Description, OwnerId, DueOn.
    /// </summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand<Guid>, IIncidentChange
    {
        public long Id { get; init; }

        /// <summary>The incident's version when the page was shown, to catch a concurrent change.</summary>
        public uint Version { get; init; }

        public string? Description { get; init; }

        /// <summary>The user (of any team) who makes it happen, from the picker.</summary>
        public string? OwnerId { get; init; }

        public DateOnly? DueOn { get; init; }
    }

    /// <summary>Reads the chosen owner with the incident (one statement), so the request stays at three statements.</summary>
    public sealed class Handler(IncidentChanges changes, PromiseKeeperDbContext db, OwnerChoices owners, Notifier notifier) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var ownerId = OwnerChoices.IdOrNull(command.OwnerId);
            return await changes.ApplyAsync(command, IncidentParts.None, OwnerChoices.Chosen(db, ownerId), (incident, chosen, by) =>
            {
                var owner = owners.Owner(ownerId, chosen, out var refusal);
                try
                {
                    var measure = incident.AddPreventionMeasure(command.Description, owner, command.DueOn, by.Actor, by.Now);
                    notifier.MeasureAssigned(incident.Id, Recipient.ParseOne(owner!.UserId, chosen!.Recipient), measure.Description);
                    return measure.Id;
                }
                catch (DomainException error) when (refusal is not null)
                {
                    throw OwnerChoices.WithOwnerRefusal(error, nameof(Command.OwnerId), refusal);
                }
            }, cancellationToken);
        }
    }
}
