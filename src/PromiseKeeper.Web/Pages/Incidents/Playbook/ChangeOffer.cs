using Mediator;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>Puts an option into the offer or takes it out (posted from the Alternatives page). Only a confirmed option can be offered.</summary>
public static class ChangeOffer
{
    /// <returns>The option's description, for the confirmation message.</returns>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand<string>, IIncidentRequest
    {
        public long Id { get; init; }

        public Guid OptionId { get; init; }

        /// <summary>True to add the option to the offer, false to take it out.</summary>
        public bool InOffer { get; init; }

        /// <summary>The incident's version when the page was shown, to catch a concurrent change.</summary>
        public uint Version { get; init; }
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var incident = await db.LoadForChangeAsync(command.Id, command.Version, user, cancellationToken);
            if (command.InOffer)
            {
                incident.AddToOffer(command.OptionId, user.AsActor(), clock.GetUtcNow());
            }
            else
            {
                incident.RemoveFromOffer(command.OptionId, user.AsActor(), clock.GetUtcNow());
            }

            await db.SaveChangesAsync(cancellationToken);
            return incident.Options.First(o => o.Id == command.OptionId).Description;
        }
    }
}
