using Mediator;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Infrastructure.Texts;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Replaces the recap's text with a fresh draft from what is on record now (for example after planning
/// check-ins, which become the next steps). Saved as a draft; the domain refuses once the recap was sent.
/// </summary>
public static class RedraftRecap
{
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command(long Id, uint Version) : ICommand, IIncidentChange;

    /// <remarks>The draft names the offer and the check-ins; saving it checks its wording against the findings already recorded.</remarks>
    public sealed class Handler(PromiseKeeperDbContext db, IncidentChanges changes, DraftTexts drafts) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await changes.ApplyAsync(command, IncidentParts.Options | IncidentParts.CheckIns | IncidentParts.BlameFindings, async (incident, by) =>
            {
                var clientName = await db.Clients.AsNoTracking().Where(c => c.Id == incident.ClientId)
                    .Select(c => c.Name).SingleAsync(cancellationToken);
                var ownerName = await db.Users.AsNoTracking().Where(u => u.Id == incident.OwnerId)
                    .Select(u => u.DisplayName).SingleAsync(cancellationToken);
                var draft = drafts.Recap(incident.ToDraftFacts(clientName, ownerName));
                incident.SaveRecap(draft, send: false, by.Actor, by.Now);
                return true;
            }, cancellationToken);
            return Unit.Value;
        }
    }
}
