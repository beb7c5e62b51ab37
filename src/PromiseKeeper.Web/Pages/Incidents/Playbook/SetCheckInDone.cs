using Mediator;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>Marks a planned check-in with the client as done, or back to not done.</summary>
public static class SetCheckInDone
{
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command(long Id, Guid CheckInId, bool Done, uint Version) : ICommand, IIncidentRequest;

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var incident = await db.LoadForChangeAsync(command.Id, command.Version, user, cancellationToken);
            incident.SetCheckInDone(command.CheckInId, command.Done, user.AsActor(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
