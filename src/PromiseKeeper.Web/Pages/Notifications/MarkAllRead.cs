using Mediator;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Pages.Notifications;

/// <summary>Marks every unread notification of the user read, in one statement.</summary>
public static class MarkAllRead
{
    /// <returns>How many were unread.</returns>
    [AuthorizeRequest(RequestAccess.OwnProfile)]
    public sealed record Command : ICommand<int>;

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var userId = user.Id;
            var now = clock.GetUtcNow();
            return await db.Notifications()
                .Where(n => n.RecipientId == userId && n.ReadAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        }
    }
}
