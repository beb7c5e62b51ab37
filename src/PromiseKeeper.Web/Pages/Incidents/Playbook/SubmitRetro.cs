using Mediator;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>Submits the internal retro; the domain refuses while it is incomplete (not saved, no prevention measure).</summary>
public static class SubmitRetro
{
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command(long Id, uint Version) : ICommand, IIncidentChange;

    /// <remarks>Loads the measures (a retro without a prevention measure cannot be submitted) and the team's leads, who are told.</remarks>
    public sealed class Handler(IncidentChanges changes, Notifier notifier, NotificationRecipients recipients) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await changes.ApplyAsync(command, IncidentParts.PreventionMeasures, recipients.TeamLeads(NotificationKind.RetroSubmitted), (incident, leads, by) =>
            {
                incident.SubmitRetro(by.Actor, by.Now);
                notifier.RetroSubmitted(incident.Id, Recipient.ParseList(leads));
            }, cancellationToken);
            return Unit.Value;
        }
    }
}
