using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace PromiseKeeper.Web.Infrastructure.Identity;

/// <summary>
/// Identity's messages (password rules, taken email…) in the reader's language. The keys are Identity's own English
/// wording, so English pages read as before.
/// </summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<LocalizedIdentityErrorDescriber> localizer) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(base.DefaultError(), "An unknown failure has occurred.");

    public override IdentityError ConcurrencyFailure() => Error(base.ConcurrencyFailure(), "Optimistic concurrency failure, object has been modified.");

    public override IdentityError PasswordMismatch() => Error(base.PasswordMismatch(), "Incorrect password.");

    public override IdentityError InvalidToken() => Error(base.InvalidToken(), "Invalid token.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(base.InvalidUserName(userName), "Username '{0}' is invalid, can only contain letters or digits.", userName);

    public override IdentityError InvalidEmail(string? email) => Error(base.InvalidEmail(email), "Email '{0}' is invalid.", email);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(base.DuplicateUserName(userName), "Username '{0}' is already taken.", userName);

    public override IdentityError DuplicateEmail(string email) => Error(base.DuplicateEmail(email), "Email '{0}' is already taken.", email);

    public override IdentityError UserAlreadyHasPassword() => Error(base.UserAlreadyHasPassword(), "User already has a password set.");

    public override IdentityError PasswordTooShort(int length) =>
        Error(base.PasswordTooShort(length), "Passwords must be at least {0} characters.", length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(base.PasswordRequiresUniqueChars(uniqueChars), "Passwords must use at least {0} different characters.", uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(base.PasswordRequiresNonAlphanumeric(), "Passwords must have at least one non alphanumeric character.");

    public override IdentityError PasswordRequiresDigit() => Error(base.PasswordRequiresDigit(), "Passwords must have at least one digit ('0'-'9').");

    public override IdentityError PasswordRequiresLower() => Error(base.PasswordRequiresLower(), "Passwords must have at least one lowercase ('a'-'z').");

    public override IdentityError PasswordRequiresUpper() => Error(base.PasswordRequiresUpper(), "Passwords must have at least one uppercase ('A'-'Z').");

    // The code stays Identity's (the admin pages place messages by it); only the wording is translated.
    private IdentityError Error(IdentityError original, string english, params object?[] values) =>
        new() { Code = original.Code, Description = localizer[english, [.. values.Select(v => v ?? string.Empty)]] };
}
