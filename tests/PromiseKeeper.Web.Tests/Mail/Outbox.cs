using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Infrastructure.Mail;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Mail;

/// <summary>The tests' view of the outbox table, and waiting for the workers.</summary>
internal static class Outbox
{
    public static NewEmail Email(string address, string subject = "Your retro was sent back", string kind = "test") =>
        new(new EmailRecipient(address, "Ann Example"), kind, subject, $"Plain text of {subject}", $"<p>HTML of <strong>{subject}</strong></p>");

    /// <summary>Enqueues emails and commits them on a DbContext of their own.</summary>
    public static Task<List<Guid>> AddAsync(WebAppFixture app, IEnumerable<NewEmail> emails) =>
        app.WithDbAsync(async db =>
        {
            var ids = emails.Select(email => EmailOutbox.Enqueue(db, email, app.Clock.GetUtcNow()).Id).ToList();
            await db.SaveChangesAsync();
            return ids;
        });

    public static Task<List<OutgoingEmail>> AllAsync(WebAppFixture app) =>
        app.WithDbAsync(db => db.OutgoingEmails.AsNoTracking().ToListAsync());

    public static Task<OutgoingEmail> OneAsync(WebAppFixture app, Guid id) =>
        app.WithDbAsync(db => db.OutgoingEmails.AsNoTracking().SingleAsync(e => e.Id == id));

    /// <summary>Waits (up to 30 s) until <paramref name="done"/> holds; fails the test otherwise.</summary>
    public static Task WaitUntilAsync(Func<Task<bool>> done, string what) => Poll.UntilAsync(done, what);

    public static Task WaitUntilNonePendingAsync(WebAppFixture app) =>
        WaitUntilAsync(
            () => app.WithDbAsync(db => db.OutgoingEmails.AllAsync(e => e.State != OutgoingEmailState.Pending)),
            "no email is pending");
}
