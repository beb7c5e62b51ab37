using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Localization;

namespace PromiseKeeper.Web.Pages.Admin;

/// <summary>The fields a user's profile form shares between "create" and "edit".</summary>
public interface IUserProfileInput
{
    string? DisplayName { get; }

    List<string> Roles { get; }

    int? TeamId { get; }
}

/// <summary>A page that shows the shared profile fields (_ProfileFields): its form data and the teams to choose from.</summary>
public interface IUserProfileForm
{
    IUserProfileInput Data { get; }

    IReadOnlyList<SelectListItem> TeamOptions { get; }
}

/// <summary>What the user and team admin pages share: lookups, the words for roles, and the rules that need the database or Identity.</summary>
public static class UserAdmin
{
    public const int EmailMaxLength = 254;
    public const int PasswordMaxLength = 128;

    public const string ConflictMessage =
        "Someone else changed this user while you were editing. Your changes are still in the form: reload the page to see theirs, then apply yours again.";

    private static readonly IStringLocalizer L = ResourceTexts.For(typeof(UserAdmin));

    /// <summary>How the pages name a role.</summary>
    public static string RoleName(string role) => role switch
    {
        Infrastructure.Authorization.Roles.AccountManager => "Account manager",
        Infrastructure.Authorization.Roles.TeamLead => "Team lead",
        Infrastructure.Authorization.Roles.Legal => "Legal",
        Infrastructure.Authorization.Roles.Admin => "Admin",
        Infrastructure.Authorization.Roles.HeadOfCustomerSuccess => "Head of customer success",
        _ => role,
    };

    /// <summary>Every team as a dropdown option, in name order.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> TeamOptionsAsync(PromiseKeeperDbContext db, CancellationToken cancellationToken) =>
        await db.Teams.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new SelectListItem(t.Name, t.Id.ToString(CultureInfo.InvariantCulture)))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// A user's incidents logged while they had no team join <paramref name="teamId"/>, so the team's leads oversee them
    /// from now on; incidents that already have a team keep it. One UPDATE, in the caller's transaction.
    /// </summary>
    public static Task<int> BringTeamlessIncidentsIntoTeamAsync(
        PromiseKeeperDbContext db, string userId, int teamId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Incidents
            .Where(i => i.OwnerId == userId && i.TeamId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.TeamId, (int?)teamId), cancellationToken);
    }

    /// <summary>The role names of the given users, in one statement.</summary>
    public static async Task<ILookup<string, string>> RolesOfAsync(
        PromiseKeeperDbContext db, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var pairs = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where userIds.Contains(userRole.UserId)
                select new { userRole.UserId, role.Name })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return pairs.OrderBy(p => RoleOrder(p.Name)).ToLookup(p => p.UserId, p => p.Name!);
    }

    /// <summary>A chosen team must exist (the form's other profile rules are <see cref="UserInput.Profile"/>).</summary>
    public static void AddTeamExistsRule<T>(this AbstractValidator<T> validator, PromiseKeeperDbContext db, IStringLocalizer localizer)
        where T : IUserProfileInput
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(c => c.TeamId)
            .MustAsync(async (teamId, cancellationToken) => teamId is not { } id || await db.Teams.AnyAsync(t => t.Id == id, cancellationToken))
            .WithMessage(_ => localizer["That team no longer exists; choose another one."]);
    }

    /// <summary>
    /// Runs Identity's password rules (the same the sign-in uses) and adds each broken one under <paramref name="field"/>;
    /// a missing or overlong password is left to <see cref="UserInput.Password"/>.
    /// </summary>
    public static async Task AddPasswordFailuresAsync<T>(
        UserManager<ApplicationUser> users, string? password, ValidationContext<T> context, string field)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(context);
        if (!UserInput.HasPasswordToCheck(password))
        {
            return;
        }

        foreach (var rule in users.PasswordValidators)
        {
            var result = await rule.ValidateAsync(users, new ApplicationUser(), password);
            foreach (var error in result.Errors)
            {
                context.AddFailure(field, error.Description);
            }
        }
    }

    /// <summary>
    /// Turns Identity's refusal into messages next to the fields (email, password) or, for a concurrent change, the
    /// "someone else changed this user" message. Only for what the validators could not foresee (races).
    /// </summary>
    public static void ThrowIfFailed(IdentityResult result, string passwordField)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new DomainException(L[ConflictMessage]);
        }

        throw new ValidationException(result.Errors.Select(error => new ValidationFailure(FieldOf(error.Code, passwordField), MessageOf(error))));
    }

    /// <summary>Roles in the order of <see cref="Infrastructure.Authorization.Roles.All"/>, so every list shows them alike.</summary>
    public static int RoleOrder(string? role)
    {
        for (var i = 0; i < Infrastructure.Authorization.Roles.All.Count; i++)
        {
            if (string.Equals(Infrastructure.Authorization.Roles.All[i], role, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static string FieldOf(string code, string passwordField) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? passwordField
        : code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) ? "Email"
        : string.Empty;

    private static string MessageOf(IdentityError error) =>
        error.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
            ? L[DuplicateEmailMessage].Value
            : error.Description;

    public const string DuplicateEmailMessage = "There is already a user with this email address.";

    /// <summary>The team's name for an audit entry, or "none".</summary>
    public static async Task<string> TeamNameAsync(PromiseKeeperDbContext db, int? teamId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return teamId is { } id
            ? await db.Teams.Where(t => t.Id == id).Select(t => t.Name).SingleAsync(cancellationToken)
            : "none";
    }
}
