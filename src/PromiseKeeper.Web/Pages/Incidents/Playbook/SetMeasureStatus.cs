using FluentValidation;
using Mediator;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>Moves a prevention measure on (planned, in progress, done); also after the incident is closed.</summary>
public static class SetMeasureStatus
{
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command(long Id, Guid MeasureId, MeasureStatus? Status, uint Version, string? DoneNote = null) : ICommand, IIncidentChange;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Status).Must(status => status is { } value && Enum.IsDefined(value)).WithMessage("Choose a status for the measure.");
            RuleFor(c => c.DoneNote).MaximumLength(PreventionMeasure.DoneNoteMaxLength)
                .WithMessage($"Keep the note under {PreventionMeasure.DoneNoteMaxLength} characters.");
        }
    }

    public sealed class Handler(IncidentChanges changes) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await changes.ApplyAsync(command, IncidentParts.PreventionMeasures,
                (incident, by) => incident.SetMeasureStatus(command.MeasureId, command.Status!.Value, command.DoneNote, by.Actor, by.Now), cancellationToken);
            return Unit.Value;
        }
    }
}
