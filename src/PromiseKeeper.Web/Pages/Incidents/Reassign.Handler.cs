using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents;

public sealed partial class ReassignModel
{
    /// <summary>
    /// Checks that the new owner is an active account manager of the incident's team, hands the incident
    /// over (the domain refuses a closed incident and the current owner), and records who did it and why
    /// in the audit log, in the same save. Returns the new owner's name.
    /// </summary>
    public sealed class Handler(IncidentChanges changes, PromiseKeeperDbContext db, ICurrentUser user, IAuditLog auditLog)
        : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.TeamLead);
            var handover = command.Parse().OrThrow();
            return await changes.ApplyAsync(command, IncidentParts.None, async (incident, by) =>
            {
                // Only an incident with a team can be led, so a team lead who may reassign it always finds one.
                if (!user.MayReassign(incident) || incident.TeamId is not { } teamId)
                {
                    throw new ForbiddenException(RequestAccessRules.Refusal(RequestAccess.LeadIncident));
                }

                // The chosen person and the current owner in one statement, each with whether they may take the incident.
                var teamAccountManagers = TeamAccountManagers(db, teamId);
                var people = await db.Users.AsNoTracking()
                    .Where(u => u.Id == handover.NewOwnerId || u.Id == incident.OwnerId)
                    .Select(u => new { u.Id, u.DisplayName, MayOwn = teamAccountManagers.Any(m => m.Id == u.Id) })
                    .ToListAsync(cancellationToken);
                var chosen = people.SingleOrDefault(p => string.Equals(p.Id, handover.NewOwnerId, StringComparison.Ordinal));
                var isCurrentOwner = string.Equals(handover.NewOwnerId, incident.OwnerId, StringComparison.Ordinal);
                if (chosen is null || (!chosen.MayOwn && !isCurrentOwner))
                {
                    throw new ValidationException([new ValidationFailure(nameof(Command.NewOwnerId), NotATeamMemberMessage)]);
                }

                var previousOwner = people.Single(p => string.Equals(p.Id, incident.OwnerId, StringComparison.Ordinal)).DisplayName;
                incident.Reassign(Actor.Create(chosen.Id, chosen.DisplayName), by.Actor, by.Now);

                var details = handover.Reason is null
                    ? $"Reassigned from {previousOwner} to {chosen.DisplayName}."
                    : $"Reassigned from {previousOwner} to {chosen.DisplayName}. Reason: {handover.Reason}";
                auditLog.Add(AuditAction.IncidentReassigned, details, string.Create(CultureInfo.InvariantCulture, $"Incident {incident.Id}"), incident.Id);
                return chosen.DisplayName;
            }, cancellationToken);
        }
    }
}
