using Mediator;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>Adds a prevention measure (what, who, by when) to the internal retro.</summary>
public static class AddPreventionMeasure
{
    /// <summary>
    /// The new-measure form of the Retro page (bound there as <c>Measure</c>). Field names match the domain's
    /// messages: Description, Owner, DueOn.
    /// </summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand<Guid>, IIncidentChange
    {
        public long Id { get; init; }

        /// <summary>The incident's version when the page was shown, to catch a concurrent change.</summary>
        public uint Version { get; init; }

        public string? Description { get; init; }

        public string? Owner { get; init; }

        public DateOnly? DueOn { get; init; }
    }

    public sealed class Handler(IncidentChanges changes) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken) =>
            await changes.ApplyAsync(command, IncidentParts.None,
                (incident, by) => incident.AddPreventionMeasure(command.Description, command.Owner, command.DueOn, by.Actor, by.Now).Id, cancellationToken);
    }
}
