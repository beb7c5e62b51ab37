using Mediator;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>Puts a contract-linked incident back into legal's queue once the changes legal asked for are made (posted from the incident page).</summary>
public static class AskLegalAgain
{
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand, IIncidentChange
    {
        public long Id { get; init; }

        /// <summary>The incident's version when the page was shown, to catch a concurrent change.</summary>
        public uint Version { get; init; }
    }

    public sealed class Handler(IncidentChanges changes) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await changes.ApplyAsync(command, IncidentParts.None, (incident, by) => incident.AskLegalAgain(by.Actor, by.Now), cancellationToken);
            return Unit.Value;
        }
    }
}
