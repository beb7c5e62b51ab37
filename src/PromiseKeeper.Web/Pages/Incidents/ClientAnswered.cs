using Mediator;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>The client answered: the wait on them ends now (posted from the incident page).</summary>
public static class ClientAnswered
{
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand, IIncidentChange
    {
        public long Id { get; init; }

        public uint Version { get; init; }
    }

    public sealed class Handler(IncidentChanges changes) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await changes.ApplyAsync(command, IncidentParts.Pauses, (incident, by) => incident.ClientAnswered(by.Actor, by.Now), cancellationToken);
            return Unit.Value;
        }
    }
}
