using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Notifications;

/// <summary>
/// The unsubscribe link of an email, used without signing in: a valid token of an existing user whose nonce was not used
/// yet turns that kind's email Off for that user and keeps the nonce, so the link works once. Anything else is null (404).
/// </summary>
public sealed class Unsubscriptions(PromiseKeeperDbContext db, UnsubscribeTokens tokens, TimeProvider clock)
{
    /// <summary>What a still usable token asks for, or null; reads only.</summary>
    public async Task<UnsubscribeRequest?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        var request = tokens.Read(token);
        return request is not null && await IsUsableAsync(request, cancellationToken) ? request : null;
    }

    /// <summary>Turns the kind Off for the token's user and uses the token up; null when the token is not usable (any more).</summary>
    public async Task<UnsubscribeRequest?> UnsubscribeAsync(string? token, CancellationToken cancellationToken)
    {
        var request = await FindAsync(token, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var preference = await db.NotificationPreferences()
            .AsTracking()
            .SingleOrDefaultAsync(p => p.UserId == request.UserId && p.Kind == request.Kind, cancellationToken);
        if (preference is null)
        {
            db.Set<NotificationPreference>().Add(new NotificationPreference { UserId = request.UserId, Kind = request.Kind, Email = NotificationEmail.Off });
        }
        else
        {
            preference.Email = NotificationEmail.Off;
        }

        db.Set<UsedUnsubscribeToken>().Add(new UsedUnsubscribeToken { Nonce = request.Nonce, UsedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same link used twice at once: the nonce's key lets only one of them through.
            return null;
        }

        return request;
    }

    private Task<bool> IsUsableAsync(UnsubscribeRequest request, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(
            u => u.Id == request.UserId && !db.Set<UsedUnsubscribeToken>().Any(t => t.Nonce == request.Nonce),
            cancellationToken);
}
