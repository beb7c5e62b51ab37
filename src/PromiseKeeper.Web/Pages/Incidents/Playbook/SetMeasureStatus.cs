using FluentValidation;
using Mediator;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>Moves a prevention measure on (planned, in progress, done); also after the incident is closed.</summary>
public static class SetMeasureStatus
{
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command(long Id, Guid MeasureId, MeasureStatus? Status, uint Version, string? DoneNote = null) : ICommand, IIncidentRequest;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Status).Must(status => status is { } value && Enum.IsDefined(value)).WithMessage("Choose a status for the measure.");
            RuleFor(c => c.DoneNote).MaximumLength(PreventionMeasure.DoneNoteMaxLength)
                .WithMessage($"Keep the note under {PreventionMeasure.DoneNoteMaxLength} characters.");
        }
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var incident = await db.LoadForChangeAsync(command.Id, command.Version, user, cancellationToken);
            incident.SetMeasureStatus(command.MeasureId, command.Status!.Value, command.DoneNote, user.AsActor(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
