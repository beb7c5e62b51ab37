using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Pages.Admin.Users;

/// <summary>
/// Deactivates a user (they cannot sign in, and the new security stamp ends their open logins within a minute)
/// or makes them active again. Nobody can deactivate themselves, so the last admin stays.
/// </summary>
public static class SetActive
{
    /// <summary>Returns the user's display name, for the confirmation.</summary>
    [AuthorizeRequest(RequestAccess.Administer)]
    public sealed record Command(string Id, bool Active) : ICommand<string>;

    public sealed class Handler(
        UserManager<ApplicationUser> users, PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock, IAuditLog audit, Notifier notifier, NotificationRecipients recipients,
        IStringLocalizer<EditModel> localizer) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.Admin);
            // The user (tracked, for Identity's save), with the open incidents they own and their team's leads to tell, in one statement.
            var leads = recipients.LeadsOfTeamOf(command.Id, NotificationKind.OwnerDeactivated);
            var loaded = await db.Users.Where(u => u.Id == command.Id)
                .Select(u => new
                {
                    User = u,
                    OpenIncidents = db.Incidents.Count(i => i.OwnerId == u.Id && i.Stage != PlaybookStage.Closed && i.Stage != PlaybookStage.NotApplicable),
                    Leads = string.Join(Recipient.Separator, leads),
                })
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
            var target = loaded.User;
            if (!command.Active && string.Equals(target.Id, user.Id, StringComparison.Ordinal))
            {
                throw new DomainException(localizer["You cannot deactivate your own account. Ask another admin if it really should be closed."]);
            }

            if (target.IsActive == command.Active)
            {
                return target.DisplayName;
            }

            target.IsActive = command.Active;
            target.DeactivatedAt = command.Active ? null : clock.GetUtcNow();
            // Identity's store saves the user on this request's DbContext, so the entry goes in the same save: both or neither.
            audit.Add(
                command.Active ? AuditAction.UserReactivated : AuditAction.UserDeactivated,
                AuditTexts.UserActive(target.DisplayName, command.Active),
                AuditSubject.User(target.Email));
            if (!command.Active)
            {
                notifier.OwnerDeactivated(target.DisplayName, loaded.OpenIncidents, Recipient.ParseList(loaded.Leads));
            }

            UserAdmin.ThrowIfFailed(await users.UpdateSecurityStampAsync(target), passwordField: string.Empty);
            return target.DisplayName;
        }
    }
}
