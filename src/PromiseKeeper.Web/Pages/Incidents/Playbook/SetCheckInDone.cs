using Mediator;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>Marks a planned check-in with the client as done, or back to not done.</summary>
public static class SetCheckInDone
{
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command(long Id, Guid CheckInId, bool Done, uint Version) : ICommand, IIncidentChange;

    public sealed class Handler(IncidentChanges changes) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await changes.ApplyAsync(command, IncidentParts.CheckIns,
                (incident, by) => incident.SetCheckInDone(command.CheckInId, command.Done, by.Actor, by.Now), cancellationToken);
            return Unit.Value;
        }
    }
}
