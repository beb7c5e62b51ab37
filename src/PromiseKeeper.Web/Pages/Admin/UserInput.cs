using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Localization;

namespace PromiseKeeper.Web.Pages.Admin;

/// <summary>A user's name, roles and team as checked by <see cref="UserInput.Profile"/>: the name trimmed, at least one role, each known and named once.</summary>
public sealed record UserProfile(string DisplayName, IReadOnlyList<string> Roles, int? TeamId);

/// <summary>A password as checked by <see cref="UserInput.Password"/>: present and not too long. Identity's own rules run in the form's validator.</summary>
public sealed record ChosenPassword(string Value);

/// <summary>
/// The field rules of the user forms that need no database: they belong to Identity and the web's user entity, not the
/// domain, so they live here. Each returns the checked value; when it records a violation the value is never used
/// (<see cref="Checked{T}.From"/> builds nothing then). A form's validator keeps what needs the database or Identity.
/// </summary>
public static class UserInput
{
    private static readonly IStringLocalizer L = ResourceTexts.For(typeof(UserInput));

    public static UserProfile Profile(this RuleCheck check, IUserProfileInput input)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(input);
        var name = input.DisplayName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            check.Add(nameof(IUserProfileInput.DisplayName), L["Enter the name colleagues will see."]);
        }
        else if (name.Length > ApplicationUser.DisplayNameMaxLength)
        {
            check.Add(nameof(IUserProfileInput.DisplayName), L["Keep the name to {0} characters.", ApplicationUser.DisplayNameMaxLength]);
        }
        else
        {
            check.RefuseInName(nameof(IUserProfileInput.DisplayName), name);
        }

        if (input.Roles.Count == 0)
        {
            check.Add(nameof(IUserProfileInput.Roles), L["Choose at least one role."]);
        }
        else if (!input.Roles.All(Infrastructure.Authorization.Roles.All.Contains))
        {
            check.Add(nameof(IUserProfileInput.Roles), L["Choose roles from the list."]);
        }

        return new UserProfile(name ?? string.Empty, [.. input.Roles.Distinct(StringComparer.Ordinal)], input.TeamId);
    }

    /// <returns>The trimmed address.</returns>
    public static string Email(this RuleCheck check, string field, string? email)
    {
        ArgumentNullException.ThrowIfNull(check);
        var trimmed = email?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            check.Add(field, L["Enter the email address the person signs in with."]);
        }
        else if (trimmed.Length > UserAdmin.EmailMaxLength)
        {
            check.Add(field, L["Keep the email address to {0} characters.", UserAdmin.EmailMaxLength]);
        }
        else if (!LooksLikeEmail(trimmed))
        {
            check.Add(field, L["Enter the email address as name@example.com."]);
        }

        return trimmed ?? string.Empty;
    }

    /// <returns>The password as typed (a password is never trimmed).</returns>
    public static ChosenPassword Password(this RuleCheck check, string field, string? password)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (string.IsNullOrEmpty(password))
        {
            check.Add(field, L["Enter a password."]);
        }
        else if (password.Length > UserAdmin.PasswordMaxLength)
        {
            check.Add(field, L["Keep the password to {0} characters.", UserAdmin.PasswordMaxLength]);
        }

        return new ChosenPassword(password ?? string.Empty);
    }

    /// <summary>Whether Identity's own password rules apply: the password is there and not too long (else <see cref="Password"/> says so).</summary>
    public static bool HasPasswordToCheck([NotNullWhen(true)] string? password) =>
        !string.IsNullOrEmpty(password) && password.Length <= UserAdmin.PasswordMaxLength;

    // One "@", with something before and after it: the same test as ASP.NET Core's [EmailAddress]; the sign-in proves the rest.
    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at != email.Length - 1 && at == email.LastIndexOf('@');
    }
}
