using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Work;

/// <summary>
/// The owner of a prevention measure marks it done, with what was done, even when they cannot open its incident; the
/// incident's account manager and its team's leads may too. Anyone else: 404 (403 when they may see the incident).
/// </summary>
public static class CompleteMeasure
{
    /// <summary>DoneNote is the domain's field name, so its message lands on the note (key "Data.DoneNote").</summary>
    [AuthorizeRequest(RequestAccess.OwnWork)]
    public sealed record Command(Guid MeasureId, string? DoneNote) : ICommand
    {
        public Checked<MeasureStatusChange> Parse() => new MeasureStatusDetails { Status = MeasureStatus.Done, DoneNote = DoneNote }.Parse();
    }

    /// <summary>Two statements: the incident with its measures (and whether the user may read it), then the save.</summary>
    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock, IStringLocalizer<OwnedModel> localizer) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            // A form without the id is refused before anything is read.
            if (command.MeasureId == Guid.Empty)
            {
                throw new ValidationException([new ValidationFailure(string.Empty, localizer["Choose a measure to mark as done."])]);
            }

            var change = command.Parse().OrThrow();
            var (incident, mayRead) = await OwnedWorkLoading.ForMeasureAsync(db, user, command.MeasureId, cancellationToken);
            var measure = incident.PreventionMeasures.Single(m => m.Id == command.MeasureId);
            OwnedWorkLoading.RequireOwnerOrEditor(user, incident, mayRead, measure.OwnerId);
            incident.SetMeasureStatus(command.MeasureId, change, user.AsActor(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
