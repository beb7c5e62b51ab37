using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Mail;

namespace PromiseKeeper.Web.Pages.Admin.Mail;

/// <summary>The email outbox's backlog for admins: what waits, what failed and why, what went today. No message content.</summary>
public sealed class IndexModel(IMediator mediator, ReaderTimes times, TimeProvider clock) : PageModel
{
    public Backlog Mail { get; private set; } = Backlog.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(times.Zone).Date;
        // PostgreSQL takes a timestamptz parameter only as UTC.
        var startOfToday = today.AtStartOfDayInZone(times.Zone).ToDateTimeOffset().ToUniversalTime();
        Mail = await mediator.Send(new Query(startOfToday), cancellationToken);
    }

    /// <summary>The backlog, with "sent today" counted from <paramref name="StartOfToday"/> (midnight in the reader's zone).</summary>
    [AuthorizeRequest(RequestAccess.Administer)]
    public sealed record Query(DateTimeOffset StartOfToday) : IQuery<Backlog>;

    public sealed record Counts(int Pending, int Failed, int SentToday);

    public sealed record Row(string Recipient, string Kind, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset NextAttemptAt, string? LastError);

    public sealed record Backlog(Counts Counts, IReadOnlyList<Row> LongestWaiting, IReadOnlyList<Row> LatestFailed)
    {
        public static readonly Backlog Empty = new(new Counts(0, 0, 0), [], []);
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, Backlog>
    {
        public const int ListLength = 20;

        public async ValueTask<Backlog> Handle(Query query, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.Admin);
            // Three counts in one statement, each on its partial index (not one pass over every email ever sent).
            var counts = await db.Database.SqlQuery<Counts>($"""
                SELECT (SELECT count(*) FROM "OutgoingEmails" WHERE "State" = 'Pending')::int AS "Pending",
                       (SELECT count(*) FROM "OutgoingEmails" WHERE "State" = 'Failed')::int AS "Failed",
                       (SELECT count(*) FROM "OutgoingEmails" WHERE "State" = 'Sent' AND "SentAt" >= {query.StartOfToday})::int AS "SentToday"
                """).SingleAsync(cancellationToken);
            var waiting = await Rows(OutgoingEmailState.Pending).OrderBy(e => e.NextAttemptAt).ThenBy(e => e.CreatedAt)
                .Select(ToRow).Take(ListLength).ToListAsync(cancellationToken);
            var failed = await Rows(OutgoingEmailState.Failed).OrderByDescending(e => e.CreatedAt)
                .Select(ToRow).Take(ListLength).ToListAsync(cancellationToken);
            return new Backlog(counts, waiting, failed);
        }

        private IQueryable<OutgoingEmail> Rows(OutgoingEmailState state) => db.OutgoingEmails.AsNoTracking().Where(e => e.State == state);

        private static readonly System.Linq.Expressions.Expression<Func<OutgoingEmail, Row>> ToRow =
            e => new Row(e.RecipientAddress, e.Kind, e.CreatedAt, e.Attempts, e.NextAttemptAt, e.LastError);
    }
}
