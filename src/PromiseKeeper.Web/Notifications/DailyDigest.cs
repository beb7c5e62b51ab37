using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Reminders;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Mail;
using PromiseKeeper.Web.Infrastructure.Scheduling;

namespace PromiseKeeper.Web.Notifications;

/// <summary>
/// At 08:00 on each person's wall clock, one email with every notification they get "in the daily digest" that was
/// written before that 08:00 and not sent yet (<see cref="DigestMails"/>). Each batch locks the people it serves
/// (so two instances never split one person's digest in two) and their notifications, puts the emails in the outbox and
/// marks the notifications queued, in one transaction: a digest never repeats an item and an item is never lost.
/// A deactivated person or one without an email address gets nothing; their notifications are marked all the same.
/// </summary>
public sealed class DailyDigest(PromiseKeeperDbContext db, DigestMails mails, IOptions<SchedulerOptions> options) : ITimeDrivenWork
{
    public string Name => "Daily digests";

    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var waiting = await db.Database.SqlQuery<Waiting>(WaitingSql()).ToListAsync(cancellationToken);
        var due = waiting
            .Select(w => (Person: w, Cutoff: w.GetsEmail ? DailyDigestTime.LatestBy(now, TimeZoneIds.Find(w.TimeZoneId) ?? NodaTime.DateTimeZone.Utc) : now))
            .Where(d => d.Person.Oldest < d.Cutoff)
            .OrderBy(d => d.Person.Oldest)
            .Take(options.Value.BatchSize)
            .ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var candidates = due.Select(d => d.Person.UserId).ToArray();
        var locked = (await db.Database.SqlQuery<string>($"""
            SELECT "Id" AS "Value" FROM "AspNetUsers" WHERE "Id" = ANY({candidates}) ORDER BY "Id" FOR NO KEY UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var mine = due.Where(d => locked.Contains(d.Person.UserId)).ToList();
        var userIds = mine.Select(d => d.Person.UserId).ToArray();
        var cutoffs = mine.Select(d => d.Cutoff).ToArray();
        var notifications = await db.Set<Notification>().FromSql($"""
            SELECT n.* FROM "Notifications" AS n
            JOIN unnest({userIds}, {cutoffs}) AS d("UserId", "Cutoff") ON d."UserId" = n."RecipientId"
            WHERE n."Email" = 'Digest' AND n."EmailQueuedAt" IS NULL AND n."CreatedAt" < d."Cutoff"
            ORDER BY n."RecipientId", n."CreatedAt", n."Id"
            FOR UPDATE OF n SKIP LOCKED
            """).ToListAsync(cancellationToken);
        foreach (var (person, _) in mine)
        {
            var theirs = notifications.Where(n => n.RecipientId == person.UserId).ToList();
            if (theirs.Count > 0 && person.GetsEmail)
            {
                var recipient = new Recipient(person.UserId, NotificationEmail.Digest, person.Email, person.Language, person.DisplayName);
                EmailOutbox.Enqueue(db, mails.Compose(theirs, recipient), now);
            }

            theirs.ForEach(n => n.EmailQueuedAt = now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return mine.Count;
    }

    /// <summary>One row per person with something waiting, read from the partial index of what waits for a digest.</summary>
    public static FormattableString WaitingSql() => $"""
            SELECT u."Id" AS "UserId", u."TimeZoneId", u."IsActive", u."Email", u."Language", u."DisplayName", w."Oldest"
            FROM (SELECT "RecipientId", min("CreatedAt") AS "Oldest"
                  FROM "Notifications"
                  WHERE "Email" = 'Digest' AND "EmailQueuedAt" IS NULL
                  GROUP BY "RecipientId") AS w
            JOIN "AspNetUsers" AS u ON u."Id" = w."RecipientId"
            """;

    private sealed class Waiting
    {
        public string UserId { get; init; } = string.Empty;

        public string TimeZoneId { get; init; } = string.Empty;

        public bool IsActive { get; init; }

        public string? Email { get; init; }

        public string? Language { get; init; }

        public string DisplayName { get; init; } = string.Empty;

        public DateTimeOffset Oldest { get; init; }

        public bool GetsEmail => IsActive && !string.IsNullOrWhiteSpace(Email);
    }
}
