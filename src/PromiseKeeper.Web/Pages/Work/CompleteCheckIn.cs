using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Work;

/// <summary>
/// Whoever updates the client on a check-in marks it done, even when they cannot open its incident; the incident's
/// account manager and its team's leads may too. Anyone else: 404 (403 when they may see the incident).
/// </summary>
public static class CompleteCheckIn
{
    [AuthorizeRequest(RequestAccess.OwnWork)]
    public sealed record Command(Guid CheckInId) : ICommand;

    /// <summary>Two statements: the incident with its check-ins (and whether the user may read it), then the save.</summary>
    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock, IStringLocalizer<OwnedModel> localizer) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            // A form without the id is refused before anything is read.
            if (command.CheckInId == Guid.Empty)
            {
                throw new ValidationException([new ValidationFailure(string.Empty, localizer["Choose a check-in to mark as done."])]);
            }

            var (incident, mayRead) = await OwnedWorkLoading.ForCheckInAsync(db, user, command.CheckInId, cancellationToken);
            var checkIn = incident.CheckIns.Single(c => c.Id == command.CheckInId);
            OwnedWorkLoading.RequireOwnerOrEditor(user, incident, mayRead, checkIn.OwnerOr(incident.OwnerId));
            incident.SetCheckInDone(command.CheckInId, true, user.AsActor(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
