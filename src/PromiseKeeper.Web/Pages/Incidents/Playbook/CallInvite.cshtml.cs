using System.Text;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Calendars;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Downloads the call as an .ics calendar invitation (RFC 5545): the request for the planned call, or its cancellation once
/// the call was replaced by a written message or the incident ended before it; 404 when no call was ever planned.
/// </summary>
public sealed class CallInviteModel(IMediator mediator) : PageModel
{
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

    /// <returns>The calendar text, or null when the incident has no planned or cancelled call.</returns>
    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<string?>;

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, string?>
    {
        public async ValueTask<string?> Handle(Query query, CancellationToken cancellationToken)
        {
            var context = await CallContext.LoadAsync(db, query.Id, user, cancellationToken);
            return InvitationFor(context, clock.GetUtcNow()) is { } invitation ? CallInvitationCalendar.Write(invitation) : null;
        }

        /// <summary>The invitation for the incident's call, or null when no call was ever planned (or it was not cancelled when written instead).</summary>
        public static CallInvitation? InvitationFor(CallContext context, DateTimeOffset now)
        {
            ArgumentNullException.ThrowIfNull(context);
            return InvitationFor(context.Incident, context.OwnerName, context.OwnerEmail, now);
        }

        /// <summary>The invitation for <paramref name="incident"/>'s call, organised by its owner; null as above.</summary>
        public static CallInvitation? InvitationFor(Incident incident, string ownerName, string? ownerEmail, DateTimeOffset now)
        {
            ArgumentNullException.ThrowIfNull(incident);
            if (incident.Call is not { StartsAt: { } startsAt, TimeZoneId: { } zone } call
                || (call.Mode != ContactMode.Call && !call.IsCancelled))
            {
                return null;
            }

            var language = incident.ClientLanguage;
            return new CallInvitation(
                Uid: $"incident-{incident.Id}-call@promisekeeper",
                Sequence: call.InviteSequence,
                IsCancelled: call.IsCancelled,
                StartsAt: startsAt,
                Duration: call.Length,
                TimeZoneId: zone,
                // The invitation goes to the client, in their language: only names and the call's arrangements, never the internal summary.
                Summary: InvitationWords.Get("title", language, ("Contact", incident.ContactName), ("Owner", ownerName)),
                Description: InvitationWords.Get("description", language, ("Contact", incident.ContactName), ("Owner", ownerName)),
                Location: call.MeetingLink ?? InvitationWords.Location(call.Channel, language),
                OrganizerName: ownerName,
                OrganizerEmail: ownerEmail,
                ClientContactEmail: incident.ContactEmail,
                Attendees: SplitAttendees(call.Attendees),
                CreatedAt: now)
            {
                MeetingLink = call.MeetingLink,
                Language = language,
            };
        }

        /// <summary>Attendees are typed separated by semicolons or one per line.</summary>
        public static IReadOnlyList<string> SplitAttendees(string? attendees) =>
            (attendees ?? string.Empty).Split([';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
