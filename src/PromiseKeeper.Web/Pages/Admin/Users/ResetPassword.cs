using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Admin.Users;

/// <summary>
/// An admin gives a user a new password (for a forgotten one). It also lifts a lockout, and, as every password
/// change, gives the user a new security stamp, so open logins with the old password end within a minute.
/// </summary>
public static class ResetPassword
{
    /// <summary>Returns the user's display name, for the confirmation.</summary>
    [AuthorizeRequest(RequestAccess.Administer)]
    public sealed record Command : ICommand<string>, IDomainInput<ChosenPassword>
    {
        public string Id { get; init; } = string.Empty;

        public string? NewPassword { get; init; }

        public Checked<ChosenPassword> Parse()
        {
            var check = new RuleCheck();
            var password = check.Password(nameof(NewPassword), NewPassword);
            return Checked<ChosenPassword>.From(check, () => password);
        }

        // The password rules do not depend on the time.
        Checked<ChosenPassword> IDomainInput<ChosenPassword>.Parse(DateTimeOffset now) => Parse();
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(UserManager<ApplicationUser> users) =>
            RuleFor(c => c.NewPassword).CustomAsync((password, context, _) =>
                UserAdmin.AddPasswordFailuresAsync(users, password, context, nameof(Command.NewPassword)));
    }

    public sealed class Handler(UserManager<ApplicationUser> users, ICurrentUser user, IAuditLog audit) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.Admin);
            var password = command.Parse().OrThrow();
            var target = await users.FindByIdAsync(command.Id) ?? throw new NotFoundException();

            // Saved together with the new hash (and the new security stamp) by ResetPasswordAsync.
            target.LockoutEnd = null;
            target.AccessFailedCount = 0;
            var token = await users.GeneratePasswordResetTokenAsync(target);
            // Identity's store saves the user on this request's DbContext, so the entry goes in the same save: both or neither.
            audit.Add(AuditAction.PasswordReset, AuditTexts.PasswordReset(target.DisplayName), AuditSubject.User(target.Email));
            UserAdmin.ThrowIfFailed(await users.ResetPasswordAsync(target, token, password.Value), nameof(Command.NewPassword));
            return target.DisplayName;
        }
    }
}
