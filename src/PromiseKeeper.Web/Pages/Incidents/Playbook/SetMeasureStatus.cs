using Mediator;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>Moves a prevention measure on (planned, in progress, done); also after the incident is closed.</summary>
public static class SetMeasureStatus
{
    /// <summary>Status and DoneNote are the domain's field names (<see cref="MeasureStatusDetails"/>), so its messages land on them.</summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command(long Id, Guid MeasureId, MeasureStatus? Status, uint Version, string? DoneNote = null)
        : ICommand<MeasureStatus>, IIncidentChange, IDomainInput<MeasureStatusChange>
    {
        public Checked<MeasureStatusChange> Parse(DateTimeOffset now) =>
            new MeasureStatusDetails { Status = Status, DoneNote = DoneNote }.Parse();
    }

    public sealed class Handler(IncidentChanges changes) : ICommandHandler<Command, MeasureStatus>
    {
        /// <returns>The measure's status now.</returns>
        public async ValueTask<MeasureStatus> Handle(Command command, CancellationToken cancellationToken) =>
            await changes.ApplyAsync(command, command.Parse, IncidentParts.PreventionMeasures, (incident, change, by) =>
            {
                incident.SetMeasureStatus(command.MeasureId, change, by.Actor, by.Now);
                return change.Status;
            }, cancellationToken);
    }
}
