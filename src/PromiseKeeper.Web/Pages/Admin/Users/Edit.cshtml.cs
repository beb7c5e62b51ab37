using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Admin.Users;

/// <summary>
/// One user: change their name, roles and team (this file; their incidents logged while they had no team join the new
/// one), deactivate or reactivate them (<see cref="SetActive"/>),
/// and give them a new password (<see cref="ResetPassword"/>). Role and team changes reach an open login of theirs
/// within a minute, when the security-stamp check rebuilds its claims.
/// </summary>
public sealed class EditModel(IMediator mediator, PromiseKeeperDbContext db, IStringLocalizer<EditModel> localizer) : PageModel, IReloadsFormOnError, IUserProfileForm
{
    /// <summary>The prefix of the password form's field.</summary>
    public const string PasswordPrefix = nameof(Password);

    // Three kinds of form, one page. The profile form is the page's Data, so FormErrorsPageFilter maps its errors as on
    // every form page; the password form binds to Password and its field errors are mapped in OnPostResetPasswordAsync.
    [BindProperty]
    public Command Data { get; set; } = new();

    [BindProperty]
    public ResetPassword.Command Password { get; set; } = new();

    public UserView View { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> TeamOptions { get; private set; } = [];

    IUserProfileInput IUserProfileForm.Data => Data;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        await mediator.Send(Data with { Id = id }, cancellationToken);
        TempData[StatusMessage.Key] = localizer["The changes are saved. If the person is signed in, they apply to them within a minute."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeactivateAsync(string id, CancellationToken cancellationToken)
    {
        var name = await mediator.Send(new SetActive.Command(id, Active: false), cancellationToken);
        TempData[StatusMessage.Key] = localizer["{0} is deactivated: they can no longer sign in, and an open login of theirs ends within a minute.", name].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReactivateAsync(string id, CancellationToken cancellationToken)
    {
        var name = await mediator.Send(new SetActive.Command(id, Active: true), cancellationToken);
        TempData[StatusMessage.Key] = localizer["{0} is active again and can sign in.", name].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var name = await mediator.Send(Password with { Id = id }, cancellationToken);
            TempData[StatusMessage.Key] = localizer["{0} has a new password. Their open logins end within a minute, and the account is unlocked.", name].Value;
            return RedirectToPage(new { id });
        }
        catch (ValidationException ex)
        {
            return await ShowPasswordErrorsAsync(id, ex.Errors.Select(f => new RuleViolation(f.PropertyName, f.ErrorMessage)), cancellationToken);
        }
        catch (DomainException ex) when (ex.Violations.Count > 0)
        {
            return await ShowPasswordErrorsAsync(id, ex.Violations, cancellationToken);
        }
    }

    public Task LoadFormLookupsAsync(CancellationToken cancellationToken) =>
        LoadAsync((string)RouteData.Values["id"]!, cancellationToken);

    private async Task LoadAsync(string id, CancellationToken cancellationToken)
    {
        View = await mediator.Send(new Query(id), cancellationToken) ?? throw new NotFoundException();
        TeamOptions = await UserAdmin.TeamOptionsAsync(db, cancellationToken);
        Password = new ResetPassword.Command();

        // The profile form keeps what was typed; it is filled from the database when it was not the form posted.
        if (Data.ConcurrencyStamp is null)
        {
            Data = new Command
            {
                DisplayName = View.DisplayName,
                Roles = [.. View.Roles],
                TeamId = View.TeamId,
                ConcurrencyStamp = View.ConcurrencyStamp,
            };
        }
    }

    private async Task<IActionResult> ShowPasswordErrorsAsync(string id, IEnumerable<RuleViolation> errors, CancellationToken cancellationToken)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError($"{PasswordPrefix}.{error.Field}", error.Message);
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    [AuthorizeRequest(RequestAccess.Administer)]
    public sealed record Query(string Id) : IQuery<UserView?>;

    public sealed record UserView(
        string Id,
        string Email,
        string DisplayName,
        IReadOnlyList<string> Roles,
        int? TeamId,
        string? TeamName,
        bool IsActive,
        DateTimeOffset? DeactivatedAt,
        DateTimeOffset? LockedOutUntil,
        string? ConcurrencyStamp,
        bool IsYou);

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, UserView?>
    {
        public async ValueTask<UserView?> Handle(Query query, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.Admin);
            var now = clock.GetUtcNow();
            var found = await db.Users.AsNoTracking()
                .Where(u => u.Id == query.Id)
                .Select(u => new
                {
                    u.Id,
                    u.Email,
                    u.DisplayName,
                    u.TeamId,
                    TeamName = db.Teams.Where(t => t.Id == u.TeamId).Select(t => t.Name).FirstOrDefault(),
                    u.IsActive,
                    u.DeactivatedAt,
                    u.LockoutEnd,
                    u.ConcurrencyStamp,
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return null;
            }

            var roles = await UserAdmin.RolesOfAsync(db, [found.Id], cancellationToken);
            return new UserView(
                found.Id,
                found.Email ?? string.Empty,
                found.DisplayName,
                [.. roles[found.Id]],
                found.TeamId,
                found.TeamName,
                found.IsActive,
                found.DeactivatedAt,
                found.LockoutEnd > now ? found.LockoutEnd : null,
                found.ConcurrencyStamp,
                string.Equals(found.Id, user.Id, StringComparison.Ordinal));
        }
    }

    /// <summary>The profile form: name, roles and team, with the user's concurrency stamp as it was shown.</summary>
    [AuthorizeRequest(RequestAccess.Administer)]
    public sealed record Command : ICommand<Unit>, IUserProfileInput, IDomainInput<UserProfile>
    {
        public string Id { get; init; } = string.Empty;

        public string? DisplayName { get; init; }

        public List<string> Roles { get; init; } = [];

        public int? TeamId { get; init; }

        /// <summary>Identity's stamp when the page was shown; a different stamp now means someone else changed the user.</summary>
        public string? ConcurrencyStamp { get; init; }

        public Checked<UserProfile> Parse()
        {
            var check = new RuleCheck();
            var profile = check.Profile(this);
            return Checked<UserProfile>.From(check, () => profile);
        }

        // The user rules do not depend on the time.
        Checked<UserProfile> IDomainInput<UserProfile>.Parse(DateTimeOffset now) => Parse();
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PromiseKeeperDbContext db, IStringLocalizer<EditModel> localizer) => this.AddTeamExistsRule(db, localizer);
    }

    public sealed class Handler(UserManager<ApplicationUser> users, PromiseKeeperDbContext db, ICurrentUser user, IAuditLog audit, IStringLocalizer<EditModel> localizer) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.Admin);
            var profile = command.Parse().OrThrow();
            var target = await users.FindByIdAsync(command.Id) ?? throw new NotFoundException();
            if (!string.Equals(target.ConcurrencyStamp, command.ConcurrencyStamp, StringComparison.Ordinal))
            {
                throw new DomainException(localizer[UserAdmin.ConflictMessage]);
            }

            var roles = profile.Roles;
            if (string.Equals(target.Id, user.Id, StringComparison.Ordinal) && !roles.Contains(Roles.Admin))
            {
                throw new ValidationException(
                    [new ValidationFailure(nameof(Command.Roles), localizer["You cannot take away your own Admin role. Ask another admin if it really should go."])]);
            }

            var current = await users.GetRolesAsync(target);
            target.DisplayName = profile.DisplayName;
            target.TeamId = profile.TeamId;

            // Each Identity call below saves the user (name and team included); together they succeed or fail. The audit
            // entry goes in the first of those saves (Identity's store saves on this request's DbContext).
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (profile.TeamId is { } teamId)
            {
                await UserAdmin.BringTeamlessIncidentsIntoTeamAsync(db, target.Id, teamId, cancellationToken);
            }

            var team = target.TeamId is null ? null : await UserAdmin.TeamNameAsync(db, target.TeamId, cancellationToken);
            audit.Add(
                AuditAction.UserChanged,
                AuditTexts.UserSaved(target.DisplayName, roles, team),
                AuditSubject.User(target.Email));
            var toRemove = current.Except(roles, StringComparer.Ordinal).ToList();
            var toAdd = roles.Except(current, StringComparer.Ordinal).ToList();
            if (toRemove.Count > 0)
            {
                UserAdmin.ThrowIfFailed(await users.RemoveFromRolesAsync(target, toRemove), passwordField: string.Empty);
            }

            if (toAdd.Count > 0)
            {
                UserAdmin.ThrowIfFailed(await users.AddToRolesAsync(target, toAdd), passwordField: string.Empty);
            }

            if (toRemove.Count == 0 && toAdd.Count == 0)
            {
                UserAdmin.ThrowIfFailed(await users.UpdateAsync(target), passwordField: string.Empty);
            }

            await transaction.CommitAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
