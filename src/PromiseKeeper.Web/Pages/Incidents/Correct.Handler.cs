using Mediator;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents;

public sealed partial class CorrectModel
{
    /// <summary>The facts with the header in one statement, the history in a second.</summary>
    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, CorrectView>
    {
        public async ValueTask<CorrectView> Handle(Query query, CancellationToken cancellationToken)
        {
            var loaded = await (from i in db.Incidents.AsNoTracking().VisibleTo(user)
                                where i.Id == query.Id
                                join c in db.Clients on i.ClientId equals c.Id
                                select new
                                {
                                    Access = new IncidentAccessFacts(i.OwnerId, i.TeamId, i.ContractReference != null),
                                    View = new CorrectView
                                    {
                                        Header = new IncidentHeader(i.Id, i.Summary, c.Name, i.Stage, i.ContractReference, i.Version),
                                        Summary = i.Summary,
                                        Kind = i.Kind,
                                        ContactName = i.ContactName,
                                        ContactRole = i.ContactRole,
                                        ContactEmail = i.ContactEmail,
                                        PromiseDescription = i.PromiseDescription,
                                        Fault = i.Fault,
                                        Damage = i.Damage,
                                        OurLossEstimate = i.OurLossEstimate,
                                        ClientClaimedLoss = i.ClientClaimedLoss,
                                        PersonalHarm = i.PersonalHarm,
                                        PersonalHarmNote = i.PersonalHarmNote,
                                        DiscoveredAt = i.DiscoveredAt,
                                        ClientToldAt = i.ClientToldAt,
                                        FirstDisclosure = i.FirstDisclosure,
                                        History = Array.Empty<HistoryRow>(),
                                    },
                                })
                               .SingleOrDefaultAsync(cancellationToken)
                         ?? throw new NotFoundException();
            RequestAccessRules.Require(RequestAccess.ChangeIncident, user, loaded.Access);

            var history = await db.Incidents.AsNoTracking()
                .Where(i => i.Id == query.Id)
                .SelectMany(i => i.FieldHistory)
                .OrderByDescending(h => h.CorrectedAt).ThenByDescending(h => h.Id)
                .Select(h => new HistoryRow(h.Field, h.OldValue, h.NewValue, h.ActorName, h.CorrectedAt, h.Reason))
                .ToListAsync(cancellationToken);
            return loaded.View with { History = history };
        }
    }

    /// <summary>Corrects the facts (the domain refuses a finished incident and a correction that changes nothing) and audits it, in one save.</summary>
    /// <returns>The fields that changed, as people call them.</returns>
    public sealed class Handler(IncidentChanges changes, IAuditLog auditLog) : ICommandHandler<Command, IReadOnlyList<string>>
    {
        public async ValueTask<IReadOnlyList<string>> Handle(Command command, CancellationToken cancellationToken) =>
            await changes.ApplyAsync(command, command.Parse, IncidentParts.None, (incident, correction, by) =>
            {
                var corrected = incident.CorrectRecord(correction, by.Actor, by.Now);
                var fields = corrected.Select(c => c.Field).ToList();
                auditLog.Add(
                    AuditAction.IncidentRecordCorrected,
                    AuditTexts.Corrected(fields, correction.Reason),
                    AuditSubject.Incident(incident.Id),
                    incident.Id);
                return (IReadOnlyList<string>)fields;
            }, cancellationToken);
    }
}
