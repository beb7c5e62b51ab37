using Mediator;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>Moves an incident on to its next stage (or back to research after a countered offer), when the playbook allows it.</summary>
public static class MoveToStage
{
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand<PlaybookStage>, IIncidentChange, IDomainInput<Move>
    {
        public long Id { get; init; }

        public PlaybookStage? Target { get; init; }

        /// <summary>The incident's version when the page was shown, to catch a concurrent change.</summary>
        public uint Version { get; init; }

        /// <summary>On closing: what becomes of the check-ins still open (the incident refuses to close without it when there are any).</summary>
        public OpenCheckInsOnClose? OpenCheckIns { get; init; }

        public Checked<Move> Parse(DateTimeOffset now)
        {
            var check = new RuleCheck();
            var target = check.Defined(nameof(Target), Target, "Choose the stage to move to.");
            if (OpenCheckIns is not null)
            {
                check.RequireDefined(nameof(OpenCheckIns), OpenCheckIns, "Choose whether to close the open check-ins or keep them.");
            }

            return Checked<Move>.From(check, () => new Move(target, OpenCheckIns));
        }
    }

    /// <summary>The move as checked by <see cref="Command.Parse"/>: a stage that exists. Whether the playbook allows it is the incident's rule.</summary>
    public sealed record Move(PlaybookStage Target, OpenCheckInsOnClose? OpenCheckIns);

    /// <remarks>Loads the options (moving on to the call needs a confirmed offer) and the check-ins (closing settles the open ones).</remarks>
    public sealed class Handler(IncidentChanges changes) : ICommandHandler<Command, PlaybookStage>
    {
        /// <returns>The stage the incident is at now.</returns>
        public async ValueTask<PlaybookStage> Handle(Command command, CancellationToken cancellationToken) =>
            await changes.ApplyAsync(command, command.Parse, IncidentParts.Options | IncidentParts.CheckIns, (incident, move, by) =>
            {
                incident.MoveTo(move.Target, by.Actor, by.Now, move.OpenCheckIns);
                return incident.Stage;
            }, cancellationToken);
    }
}
