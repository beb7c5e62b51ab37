using Mediator;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>Records who confirmed that we can actually deliver an option (posted from the Alternatives page).</summary>
public static class ConfirmOption
{
    /// <returns>The option's description, for the confirmation message.</returns>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand<string>, IIncidentChange
    {
        public long Id { get; init; }

        public Guid OptionId { get; init; }

        public string? ConfirmedBy { get; init; }

        /// <summary>The incident's version when the page was shown, to catch a concurrent change.</summary>
        public uint Version { get; init; }
    }

    public sealed class Handler(IncidentChanges changes, IStringLocalizer<AlternativesModel> localizer) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken) =>
            await changes.ApplyAsync(command, IncidentParts.Options, (incident, by) =>
            {
                try
                {
                    incident.ConfirmOption(command.OptionId, command.ConfirmedBy, by.Actor, by.Now);
                }
                catch (DomainException e) when (e.Violations.Count > 0)
                {
                    // The small inline form has no field of the page's main form: say which option the message is about, at the top.
                    var option = incident.Options.First(o => o.Id == command.OptionId);
                    throw new DomainException(localizer["\"{0}\" is not confirmed: {1}", option.Description, e.Message], e);
                }

                return incident.Options.First(o => o.Id == command.OptionId).Description;
            }, cancellationToken);
    }
}
