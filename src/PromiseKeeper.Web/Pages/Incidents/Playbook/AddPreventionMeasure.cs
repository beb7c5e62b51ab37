using Mediator;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>Adds a prevention measure (what, who, by when) to the internal retro.</summary>
public static class AddPreventionMeasure
{
    /// <summary>Field names match the domain's messages: Description, Owner, DueOn.</summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command(long Id, uint Version, string? Description, string? Owner, DateOnly? DueOn) : ICommand<Guid>, IIncidentRequest;

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var incident = await db.LoadForChangeAsync(command.Id, command.Version, user, cancellationToken);
            var measure = incident.AddPreventionMeasure(command.Description, command.Owner, command.DueOn, user.AsActor(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return measure.Id;
        }
    }
}
