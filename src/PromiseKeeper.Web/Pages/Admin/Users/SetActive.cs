using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;

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

    public sealed class Handler(UserManager<ApplicationUser> users, ICurrentUser user, TimeProvider clock, IAuditLog audit, IStringLocalizer<EditModel> localizer) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.Admin);
            var target = await users.FindByIdAsync(command.Id) ?? throw new NotFoundException();
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
            UserAdmin.ThrowIfFailed(await users.UpdateSecurityStampAsync(target), passwordField: string.Empty);
            return target.DisplayName;
        }
    }
}
