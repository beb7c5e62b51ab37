using Mediator;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>Submits the internal retro; the domain refuses while it is incomplete (not saved, no prevention measure).</summary>
public static class SubmitRetro
{
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command(long Id, uint Version) : ICommand, IIncidentChange;

    /// <remarks>Loads the measures: a retro without a prevention measure cannot be submitted.</remarks>
    public sealed class Handler(IncidentChanges changes) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await changes.ApplyAsync(command, IncidentParts.PreventionMeasures, (incident, by) => incident.SubmitRetro(by.Actor, by.Now), cancellationToken);
            return Unit.Value;
        }
    }
}
