using Mediator;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>
/// A note in the thread legal and the account manager share on a contract-linked incident: the account manager
/// (or a team lead) writes from the incident page, legal from the review page.
/// </summary>
public static class AddLegalNote
{
    /// <summary>From the incident's account manager or a team lead of its team.</summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record FromAccountTeam : ICommand, IIncidentChange
    {
        public long Id { get; init; }

        public uint Version { get; init; }

        public string? Text { get; init; }
    }

    /// <summary>From legal.</summary>
    [AuthorizeRequest(RequestAccess.ReviewLegally)]
    public sealed record FromLegal : ICommand, IIncidentRequest
    {
        public long Id { get; init; }

        public uint Version { get; init; }

        public string? Text { get; init; }
    }

    public sealed class AccountTeamHandler(IncidentChanges changes) : ICommandHandler<FromAccountTeam>
    {
        public async ValueTask<Unit> Handle(FromAccountTeam command, CancellationToken cancellationToken)
        {
            await changes.ApplyAsync(command, IncidentParts.None, (incident, by) => incident.AddLegalNote(command.Text, byLegal: false, by.Actor, by.Now), cancellationToken);
            return Unit.Value;
        }
    }

    public sealed class LegalHandler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<FromLegal>
    {
        public async ValueTask<Unit> Handle(FromLegal command, CancellationToken cancellationToken)
        {
            var incident = await db.LoadForLegalReviewAsync(command.Id, command.Version, user, IncidentParts.None, cancellationToken);
            incident.AddLegalNote(command.Text, byLegal: true, user.AsActor(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
