using Mediator;
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
            // The names the draft uses are read with the incident (one statement).
            await changes.ApplyAsync(
                command,
                IncidentParts.Options | IncidentParts.CheckIns | IncidentParts.BlameFindings,
                incident => new
                {
                    ClientName = db.Clients.Where(c => c.Id == incident.ClientId).Select(c => c.Name).FirstOrDefault(),
                    OwnerName = db.Users.Where(u => u.Id == incident.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
                },
                (incident, names, by) =>
                {
                    var draft = drafts.Recap(incident.ToDraftFacts(
                        names.ClientName ?? throw new InvalidOperationException($"Incident {incident.Id} has no client."),
                        names.OwnerName ?? throw new InvalidOperationException($"Incident {incident.Id} has no owner.")));
                    incident.SaveRecap(draft, send: false, by.Actor, by.Now);
                },
                cancellationToken);
            return Unit.Value;
        }
    }
}
