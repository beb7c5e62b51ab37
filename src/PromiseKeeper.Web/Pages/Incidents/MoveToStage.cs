using FluentValidation;
using Mediator;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>Moves an incident on to its next stage (or back to research after a countered offer), when the playbook allows it.</summary>
public static class MoveToStage
{
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand<PlaybookStage>, IIncidentChange
    {
        public long Id { get; init; }

        public PlaybookStage? Target { get; init; }

        /// <summary>The incident's version when the page was shown, to catch a concurrent change.</summary>
        public uint Version { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Target).NotNull().IsInEnum().WithMessage("Choose the stage to move to.");
    }

    /// <remarks>Loads the options: moving on to the call needs a confirmed offer.</remarks>
    public sealed class Handler(IncidentChanges changes) : ICommandHandler<Command, PlaybookStage>
    {
        public async ValueTask<PlaybookStage> Handle(Command command, CancellationToken cancellationToken) =>
            await changes.ApplyAsync(command, IncidentParts.Options, (incident, by) =>
            {
                incident.MoveTo(command.Target!.Value, by.Actor, by.Now);
                return incident.Stage;
            }, cancellationToken);
    }
}
