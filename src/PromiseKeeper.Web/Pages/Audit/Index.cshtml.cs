using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Audit;

/// <summary>
/// The audit log, read-only: newest first, filtered by action, person, incident and dates (days in the reader's zone), paged
/// by keyset (OccurredAt, Id) with no total count. The page has no POST handler: nothing here changes
/// or deletes an entry. Admins read all of it; a team lead reads what concerns their team.
/// </summary>
[GetOnly]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Query Filter { get; set; } = new();

    public Result Entries { get; private set; } = Result.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await mediator.Send(Filter, cancellationToken);

    [AuthorizeRequest(RequestAccess.ReadAuditLog)]
    public sealed class Query : IQuery<Result>
    {
        public const int PageSize = 50;
        public const int PersonMaxLength = AuditEntry.ActorNameMaxLength;

        public AuditAction? Action { get; set; }

        /// <summary>Part of the person's name (or, for failed sign-ins, of the email typed); case does not matter.</summary>
        public string? Person { get; set; }

        public long? IncidentId { get; set; }

        /// <summary>The first day to show (in the reader's zone), inclusive.</summary>
        public DateOnly? From { get; set; }

        /// <summary>The last day to show (in the reader's zone), inclusive.</summary>
        public DateOnly? To { get; set; }

        /// <summary>Show the page after this position (going to older entries).</summary>
        public string? After { get; set; }

        /// <summary>Show the page before this position (going back to newer entries).</summary>
        public string? Before { get; set; }

        public bool IsFiltered =>
            Action is not null || !string.IsNullOrWhiteSpace(Person) || IncidentId is not null || From is not null || To is not null;
    }

    public sealed record Row(
        long Id,
        DateTimeOffset OccurredAt,
        string ActorName,
        AuditAction Action,
        string? Subject,
        long? IncidentId,
        string Details,
        string? DetailsKey,
        TextValues? DetailsValues,
        string? IpAddress);

    public sealed record Result(IReadOnlyList<Row> Rows, string? NextCursor, string? PreviousCursor)
    {
        public static readonly Result Empty = new([], null, null);
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.Admin, Roles.TeamLead);
            var entries = db.AuditEntries.AsNoTracking();
            if (!user.IsInRole(Roles.Admin))
            {
                // A team lead reads what concerns their team: what its members did, and what anyone did to its incidents.
                var teamId = user.TeamId;
                var teamIncidents = db.Incidents.VisibleTo(user).Select(i => (long?)i.Id);
                var teamMembers = db.Users.Where(u => teamId != null && u.TeamId == teamId).Select(u => u.Id);
                entries = entries.Where(e => teamIncidents.Contains(e.IncidentId) || teamMembers.Contains(e.ActorId));
            }

            if (query.Action is { } action)
            {
                entries = entries.Where(e => e.Action == action);
            }

            if (!string.IsNullOrWhiteSpace(query.Person))
            {
                var person = query.Person.Trim();
                person = person.Length > Query.PersonMaxLength ? person[..Query.PersonMaxLength] : person;
                // ILIKE ignores case. Escape the LIKE wildcards typed by the user, and name the escape
                // character: without one Npgsql sends ESCAPE '' and the backslashes match literally.
                var pattern = "%" + person.Replace("\\", "\\\\", StringComparison.Ordinal)
                    .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
                entries = entries.Where(e => EF.Functions.ILike(e.ActorName, pattern, "\\"));
            }

            if (query.IncidentId is { } incidentId)
            {
                entries = entries.Where(e => e.IncidentId == incidentId);
            }

            // The days are the reader's: from the first moment of "From" to the first moment after "To", in their zone.
            var zone = TimeZones.Find(user.TimeZoneId) ?? DateTimeZone.Utc;
            if (query.From is { } from && StartOf(from, zone) is { } start)
            {
                entries = entries.Where(e => e.OccurredAt >= start);
            }

            if (query.To is { } to && to < DateOnly.MaxValue && StartOf(to.AddDays(1), zone) is { } end)
            {
                entries = entries.Where(e => e.OccurredAt < end);
            }

            // The same (instant, id) keyset as the incident list, with row-value comparisons that
            // PostgreSQL turns into a range on the (OccurredAt DESC, Id DESC) index.
            var before = IncidentCursor.Parse(query.Before);
            var after = before is null ? IncidentCursor.Parse(query.After) : null;

            if (before is { } b)
            {
                // Walk towards newer entries, then flip the page back into display order.
                entries = entries
                    .Where(e => EF.Functions.GreaterThan(ValueTuple.Create(e.OccurredAt, e.Id), ValueTuple.Create(b.DiscoveredAt, b.Id)))
                    .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id);
            }
            else
            {
                if (after is { } a)
                {
                    entries = entries.Where(e => EF.Functions.LessThan(ValueTuple.Create(e.OccurredAt, e.Id), ValueTuple.Create(a.DiscoveredAt, a.Id)));
                }

                entries = entries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id);
            }

            var rows = await entries
                .Take(Query.PageSize + 1)
                .Select(e => new Row(e.Id, e.OccurredAt, e.ActorName, e.Action, e.Subject, e.IncidentId, e.Details, e.DetailsKey, e.DetailsValues, e.IpAddress))
                .ToListAsync(cancellationToken);

            var page = KeysetPage.Cut(rows, Query.PageSize, before, after, r => new IncidentCursor(r.OccurredAt, r.Id));
            return new Result(page.Rows, page.OlderCursor, page.NewerCursor);
        }

        /// <summary>
        /// The moment <paramref name="day"/> starts in <paramref name="zone"/> (after a gap, when the clocks skip midnight);
        /// null at the calendar's edges (years 1 and 9999), where an offset could leave it and no bound is needed.
        /// </summary>
        private static DateTimeOffset? StartOf(DateOnly day, DateTimeZone zone) =>
            day.Year is <= 1 or >= 9999 ? null : LocalDate.FromDateOnly(day).AtStartOfDayInZone(zone).ToDateTimeOffset().ToUniversalTime();
    }
}
