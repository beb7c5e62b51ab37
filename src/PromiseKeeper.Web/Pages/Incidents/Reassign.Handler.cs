using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Pages.Incidents;

public sealed partial class ReassignModel
{
    /// <summary>
    /// Checks that the new owner is an active account manager of the incident's team, hands the incident
    /// over (the domain refuses a closed incident and the current owner), and records who did it and why
    /// in the audit log, in the same save. Returns the new owner's name.
    /// </summary>
    public sealed class Handler(IncidentChanges changes, PromiseKeeperDbContext db, ICurrentUser user, IAuditLog auditLog, Notifier notifier, IStringLocalizer<ReassignModel> localizer)
        : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.TeamLead);
            var handover = command.Parse().OrThrow();
            var newOwnerId = handover.NewOwnerId;
            // The incident, the chosen person (with whether they may take it: the rule of TeamAccountManagers, inlined
            // so it joins the load) and the current owner's name, in one statement.
            return await changes.ApplyAsync(command, IncidentParts.None, i => new
            {
                Chosen = db.Users
                    .Where(u => u.Id == newOwnerId)
                    .Select(u => new
                    {
                        u.Id,
                        u.DisplayName,
                        MayOwn = i.TeamId != null && u.TeamId == i.TeamId && u.IsActive
                            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.AccountManager)),
                    })
                    .FirstOrDefault(),
                PreviousOwner = db.Users.Where(u => u.Id == i.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
                // Their email choices, for the notifications this handover writes.
                ChosenRecipient = db.Users.Where(u => u.Id == newOwnerId).Select(u => u.Id + Recipient.Field + (db.NotificationPreferences()
                    .Where(p => p.UserId == u.Id && p.Kind == NotificationKind.IncidentAssigned)
                    .Select(p => p.Email == NotificationEmail.Off ? "Off" : p.Email == NotificationEmail.Digest ? "Digest" : "AtOnce")
                    .FirstOrDefault() ?? string.Empty)
                    + Recipient.Field + (u.Language ?? string.Empty) + Recipient.Field + (u.Email ?? string.Empty) + Recipient.Field + u.DisplayName).FirstOrDefault(),
                PreviousOwnerRecipient = db.Users.Where(u => u.Id == i.OwnerId).Select(u => u.Id + Recipient.Field + (db.NotificationPreferences()
                    .Where(p => p.UserId == u.Id && p.Kind == NotificationKind.IncidentTakenOver)
                    .Select(p => p.Email == NotificationEmail.Off ? "Off" : p.Email == NotificationEmail.Digest ? "Digest" : "AtOnce")
                    .FirstOrDefault() ?? string.Empty)
                    + Recipient.Field + (u.Language ?? string.Empty) + Recipient.Field + (u.Email ?? string.Empty) + Recipient.Field + u.DisplayName).FirstOrDefault(),
            }, (incident, people, by) =>
            {
                // Only an incident with a team can be led, so a team lead who may reassign it always finds one.
                if (!user.MayReassign(incident) || incident.TeamId is null)
                {
                    throw new ForbiddenException(RequestAccessRules.Refusal(RequestAccess.LeadIncident));
                }

                var chosen = people.Chosen;
                var isCurrentOwner = string.Equals(handover.NewOwnerId, incident.OwnerId, StringComparison.Ordinal);
                if (chosen is null || (!chosen.MayOwn && !isCurrentOwner))
                {
                    throw new ValidationException([new ValidationFailure(nameof(Command.NewOwnerId), localizer[NotATeamMemberMessage])]);
                }

                var previousOwner = people.PreviousOwner ?? throw new InvalidOperationException($"Incident {incident.Id} has no owner.");
                var previousOwnerId = incident.OwnerId;
                incident.Reassign(Actor.Create(chosen.Id, chosen.DisplayName), by.Actor, by.Now, handover.Reason, previousOwner);

                var details = AuditTexts.Reassigned(previousOwner, chosen.DisplayName, handover.Reason);
                auditLog.Add(AuditAction.IncidentReassigned, details, AuditSubject.Incident(incident.Id), incident.Id);
                notifier.IncidentReassigned(
                    incident.Id, Recipient.ParseOne(chosen.Id, people.ChosenRecipient), chosen.DisplayName, Recipient.ParseOne(previousOwnerId, people.PreviousOwnerRecipient), handover.Reason);
                return chosen.DisplayName;
            }, cancellationToken);
        }
    }
}
