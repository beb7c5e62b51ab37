using Microsoft.AspNetCore.Identity;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Identity;

/// <summary>
/// Checks a password against a hash nobody's password matches, so a sign-in for an email without an account costs the
/// same hashing as one with a wrong password: the time of the answer does not tell which emails have accounts.
/// </summary>
public sealed class UnknownAccountCheck
{
    private static readonly ApplicationUser Nobody = new();
    private string? _hash;

    public void SpendTheSameTime(IPasswordHasher<ApplicationUser> hasher, string password)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        // Made with the app's own hasher settings, so it takes as many iterations as a real account's.
        _hash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        _ = hasher.VerifyHashedPassword(Nobody, _hash, password);
    }
}
