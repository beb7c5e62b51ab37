using Mediator;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Account;

/// <summary>
/// The user takes a time zone from the notice every page shows until they choose one: the browser's zone, or the one
/// already in use. It becomes their zone, and the notice goes (<see cref="ApplicationUser.TimeZoneChosenAt"/>).
/// </summary>
public static class UseTimeZone
{
    /// <param name="TimeZoneId">As the browser sent it: checked against the tz database here, never trusted.</param>
    [AuthorizeRequest(RequestAccess.OwnProfile)]
    public sealed record Command(string? TimeZoneId) : ICommand<ApplicationUser?>;

    /// <returns>The user as saved, to renew the login cookie with; null when the zone is not in the tz database (nothing is saved).</returns>
    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ApplicationUser?>
    {
        public async ValueTask<ApplicationUser?> Handle(Command command, CancellationToken cancellationToken)
        {
            if (TimeZoneIds.Find(command.TimeZoneId?.Trim() ?? string.Empty) is not { } zone)
            {
                return null;
            }

            var saved = await db.Users.SingleOrDefaultAsync(u => u.Id == user.Id, cancellationToken) ?? throw new NotFoundException();
            saved.TimeZoneId = zone.Id;
            saved.TimeZoneChosenAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            return saved;
        }
    }
}
