using Mediator;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>Adds a prevention measure (what, who, by when) to the internal retro.</summary>
public static class AddPreventionMeasure
{
    /// <summary>Field names match the domain's messages: Description, Owner, DueOn.</summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command(long Id, uint Version, string? Description, string? Owner, DateOnly? DueOn) : ICommand<Guid>, IIncidentChange;

    public sealed class Handler(IncidentChanges changes) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken) =>
            await changes.ApplyAsync(command, IncidentParts.None,
                (incident, by) => incident.AddPreventionMeasure(command.Description, command.Owner, command.DueOn, by.Actor, by.Now).Id, cancellationToken);
    }
}
