using Mediator;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>Puts a contract-linked incident back into legal's queue once the changes legal asked for are made (posted from the incident page).</summary>
public static class AskLegalAgain
{
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand, IIncidentRequest
    {
        public long Id { get; init; }

        /// <summary>The incident's version when the page was shown, to catch a concurrent change.</summary>
        public uint Version { get; init; }
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var incident = await db.LoadForChangeAsync(command.Id, command.Version, user, cancellationToken);
            incident.AskLegalAgain(user.AsActor(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
