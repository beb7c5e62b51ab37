using System.Text;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PromiseKeeper.Domain.Scheduling;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>Downloads the planned call as an .ics calendar invitation (RFC 5545, times in UTC); 404 when no call is planned.</summary>
public sealed class CallInviteModel(IMediator mediator) : PageModel
{
    public static readonly TimeSpan CallLength = TimeSpan.FromMinutes(45);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var calendar = await mediator.Send(new Query(id), cancellationToken);
        if (calendar is null)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(Encoding.UTF8.GetBytes(calendar), "text/calendar; charset=utf-8", $"call-{id}.ics");
    }

    /// <returns>The calendar text, or null when the incident has no planned call.</returns>
    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<string?>;

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, string?>
    {
        public async ValueTask<string?> Handle(Query query, CancellationToken cancellationToken)
        {
            var context = await CallContext.LoadAsync(db, query.Id, user, cancellationToken);
            if (context.PlannedCall is not { StartsAt: { } startsAt, TimeZoneId: { } zone } call)
            {
                return null;
            }

            var incident = context.Incident;
            return CalendarInvite.Create(new CalendarInviteRequest(
                Uid: $"incident-{incident.Id}-call@promisekeeper",
                StartsAt: startsAt,
                Duration: CallLength,
                TimeZoneId: zone,
                Summary: $"Call with {context.Header.ClientName}: {incident.Summary}",
                Description: $"A conversation with {incident.ContactName} about what happened and what we propose to put it right. Organised by {context.OwnerName}.",
                Location: call.Channel is { } channel ? DisplayText.Of(channel) : null,
                OrganizerName: context.OwnerName,
                OrganizerEmail: context.OwnerEmail,
                Attendees: SplitAttendees(call.Attendees),
                CreatedAt: clock.GetUtcNow()));
        }

        /// <summary>Attendees are typed separated by semicolons or one per line.</summary>
        public static IReadOnlyList<string> SplitAttendees(string? attendees) =>
            (attendees ?? string.Empty).Split([';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
