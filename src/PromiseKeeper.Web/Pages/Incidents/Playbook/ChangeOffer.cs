using Mediator;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>Puts an option into the offer or takes it out (posted from the Alternatives page). Only a confirmed option can be offered.</summary>
public static class ChangeOffer
{
    /// <returns>The option's description, for the confirmation message.</returns>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand<string>, IIncidentChange
    {
        public long Id { get; init; }

        public Guid OptionId { get; init; }

        /// <summary>True to add the option to the offer, false to take it out.</summary>
        public bool InOffer { get; init; }

        /// <summary>The incident's version when the page was shown, to catch a concurrent change.</summary>
        public uint Version { get; init; }
    }

    /// <remarks>Loads the legal reviews too: changing an approved offer lapses legal's latest review.</remarks>
    public sealed class Handler(IncidentChanges changes) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken) =>
            await changes.ApplyAsync(command, IncidentParts.Options | IncidentParts.LegalReviews, (incident, by) =>
            {
                if (command.InOffer)
                {
                    incident.AddToOffer(command.OptionId, by.Actor, by.Now);
                }
                else
                {
                    incident.RemoveFromOffer(command.OptionId, by.Actor, by.Now);
                }

                return incident.Options.First(o => o.Id == command.OptionId).Description;
            }, cancellationToken);
    }
}
