using Mediator;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>Keeps pasted text (an email, a chat, call notes) as evidence of where the promise came from. Possible at any open stage.</summary>
public static class AddPastedEvidence
{
    /// <summary>
    /// The paste form of the Evidence page (bound there as <c>Data</c>). Title and Text are the domain's field
    /// names, so its messages land next to these fields; the domain checks both (required, length).
    /// </summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand<Guid>, IIncidentChange
    {
        public long Id { get; init; }

        /// <summary>The incident's version when the page was shown, to catch a concurrent change.</summary>
        public uint Version { get; init; }

        public string? Title { get; init; }

        public string? Text { get; init; }
    }

    public sealed class Handler(IncidentChanges changes) : ICommandHandler<Command, Guid>
    {
        /// <returns>The id of the new evidence item.</returns>
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken) =>
            await changes.ApplyAsync(command, IncidentParts.None,
                (incident, by) => incident.AddPastedEvidence(command.Title, command.Text, by.Actor, by.Now).Id, cancellationToken);
    }
}
