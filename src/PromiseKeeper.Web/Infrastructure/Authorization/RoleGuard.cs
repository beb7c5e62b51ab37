namespace PromiseKeeper.Web.Infrastructure.Authorization;

public static class RoleGuard
{
    /// <summary>Handlers call this first, so a command is refused even if a page forgot its policy.</summary>
    public static void RequireAnyRole(this ICurrentUser user, params string[] roles)
    {
        if (!roles.Any(user.IsInRole))
        {
            throw new ForbiddenException($"This needs one of these roles: {string.Join(", ", roles)}.");
        }
    }
}
