using Mediator;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>Submits the internal retro; the domain refuses while it is incomplete (not saved, no prevention measure).</summary>
public static class SubmitRetro
{
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command(long Id, uint Version) : ICommand, IIncidentRequest;

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var incident = await db.LoadForChangeAsync(command.Id, command.Version, user, cancellationToken);
            incident.SubmitRetro(user.AsActor(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
