using FluentValidation;
using Mediator;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>Moves an incident on to its next stage (or back to research after a countered offer), when the playbook allows it.</summary>
public static class MoveToStage
{
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand<PlaybookStage>, IIncidentRequest
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

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, PlaybookStage>
    {
        public async ValueTask<PlaybookStage> Handle(Command command, CancellationToken cancellationToken)
        {
            var incident = await db.LoadForChangeAsync(command.Id, command.Version, user, cancellationToken);
            incident.MoveTo(command.Target!.Value, user.AsActor(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return incident.Stage;
        }
    }
}
