using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Pages.Notifications;

/// <summary>Marks one of the user's own notifications read; another user's (or none) is 404 and changes nothing.</summary>
public static class MarkRead
{
    /// <returns>Where the notification points.</returns>
    [AuthorizeRequest(RequestAccess.OwnProfile)]
    public sealed record Command(long Id) : ICommand<Target>;

    /// <param name="Kind">What it tells: a measure or check-in given to the reader leads to their own list when they cannot open the incident.</param>
    public sealed record Target(long? IncidentId, NotificationKind Kind = NotificationKind.IncidentAssigned);

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock, IStringLocalizer<IndexModel> localizer) : ICommandHandler<Command, Target>
    {
        public async ValueTask<Target> Handle(Command command, CancellationToken cancellationToken)
        {
            // Ids start at 1: a form without one is refused before anything is read.
            if (command.Id <= 0)
            {
                throw new ValidationException([new ValidationFailure(string.Empty, localizer["Choose a notification to open."])]);
            }

            var userId = user.Id;
            var notification = await db.Notifications().SingleOrDefaultAsync(n => n.Id == command.Id && n.RecipientId == userId, cancellationToken)
                ?? throw new NotFoundException();
            if (notification.ReadAt is null)
            {
                notification.ReadAt = clock.GetUtcNow();
                await db.SaveChangesAsync(cancellationToken);
            }

            return new Target(notification.IncidentId, notification.Kind);
        }
    }
}
