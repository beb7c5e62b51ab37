using Microsoft.EntityFrameworkCore;
using MimeKit;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Mail;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Mail;

/// <summary>The outbox over real SMTP: an email goes with the change that caused it, once, and waits while the server is down.</summary>
public sealed class OutboxDeliveryTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task An_email_committed_with_a_change_is_delivered_once_with_text_and_html()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        var id = await App.WithDbAsync(async db =>
        {
            db.Teams.Add(new Team { Name = "Mail team", CreatedAt = App.Clock.GetUtcNow() });
            var email = EmailOutbox.Enqueue(db, Outbox.Email("ann@example.test", "Retro sent back"), App.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            return email.Id;
        });
        await using var worker = await DeliveryWorker.StartAsync(App, smtp.Port);

        await Outbox.WaitUntilNonePendingAsync(App);
        await worker.TwoMoreRoundsAsync();

        var message = Assert.Single(smtp.Received);
        Assert.Equal("Retro sent back", message.Subject);
        Assert.Equal("ann@example.test", Assert.IsType<MailboxAddress>(Assert.Single(message.To)).Address);
        Assert.Equal("Ann Example", Assert.Single(message.To).Name);
        Assert.Equal("promisekeeper@example.test", Assert.IsType<MailboxAddress>(Assert.Single(message.From)).Address);
        Assert.Equal(OutgoingMimeMessage.MessageIdOf(id, "promisekeeper@example.test"), message.MessageId);
        Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal("Plain text of Retro sent back", message.TextBody?.Trim());
        Assert.Contains("<strong>Retro sent back</strong>", message.HtmlBody, StringComparison.Ordinal);
        var row = await Outbox.OneAsync(App, id);
        Assert.Equal(OutgoingEmailState.Sent, row.State);
        Assert.Equal(1, row.Attempts);
        Assert.Equal(App.Clock.GetUtcNow(), row.SentAt);
        Assert.Null(row.LastError);
    }

    [Fact]
    public async Task An_email_whose_change_was_rolled_back_is_never_sent()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await App.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Teams.Add(new Team { Name = "Never saved", CreatedAt = App.Clock.GetUtcNow() });
            EmailOutbox.Enqueue(db, Outbox.Email("ghost@example.test", "Rolled back"), App.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        });
        // An email committed afterwards shows the worker ran past the point where the other would have gone.
        await Outbox.AddAsync(App, [Outbox.Email("ann@example.test", "Committed")]);
        await using var worker = await DeliveryWorker.StartAsync(App, smtp.Port);

        await Outbox.WaitUntilNonePendingAsync(App);
        await worker.TwoMoreRoundsAsync();

        Assert.Equal("Committed", Assert.Single(smtp.Received).Subject);
        Assert.Single(await Outbox.AllAsync(App));
        Assert.False(await App.WithDbAsync(db => db.Teams.AnyAsync(t => t.Name == "Never saved")));
    }

    [Fact]
    public async Task While_the_mail_server_is_down_the_email_waits_and_goes_when_it_is_back()
    {
        var port = TestSmtpServer.FreePort();
        var ids = await Outbox.AddAsync(App, [Outbox.Email("ann@example.test", "Waits for the server")]);
        await using var worker = await DeliveryWorker.StartAsync(App, port);

        await Outbox.WaitUntilAsync(async () => (await Outbox.OneAsync(App, ids[0])).Attempts == 1, "the first attempt failed");
        await worker.TwoMoreRoundsAsync();
        var waiting = await Outbox.OneAsync(App, ids[0]);
        Assert.Equal(OutgoingEmailState.Pending, waiting.State);
        // Not before the backoff: the clock stands still, so no second attempt yet.
        Assert.Equal(1, waiting.Attempts);
        Assert.Equal(App.Clock.GetUtcNow() + DeliveryWorker.RetryDelay, waiting.NextAttemptAt);
        Assert.False(string.IsNullOrEmpty(waiting.LastError));

        await using var smtp = await TestSmtpServer.StartAsync(port);
        App.Clock.Now += DeliveryWorker.RetryDelay;
        await Outbox.WaitUntilNonePendingAsync(App);
        await worker.TwoMoreRoundsAsync();

        Assert.Equal("Waits for the server", Assert.Single(smtp.Received).Subject);
        var sent = await Outbox.OneAsync(App, ids[0]);
        Assert.Equal(OutgoingEmailState.Sent, sent.State);
        Assert.Equal(2, sent.Attempts);
    }

    [Fact]
    public async Task A_refused_recipient_and_a_bad_address_fail_at_once_and_the_others_are_delivered()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        var ids = await Outbox.AddAsync(App,
        [
            Outbox.Email("first@example.test", "First"),
            Outbox.Email($"{TestSmtpServer.RefusedLocalPart}@example.test", "Refused"),
            Outbox.Email("not an address", "Bad address"),
            Outbox.Email("last@example.test", "Last"),
        ]);
        await using var worker = await DeliveryWorker.StartAsync(App, smtp.Port);

        await Outbox.WaitUntilNonePendingAsync(App);
        await worker.TwoMoreRoundsAsync();

        Assert.Equal(["First", "Last"], smtp.Received.Select(m => m.Subject).Order());
        var refused = await Outbox.OneAsync(App, ids[1]);
        Assert.Equal(OutgoingEmailState.Failed, refused.State);
        Assert.Equal(1, refused.Attempts);
        Assert.StartsWith("SMTP 550", refused.LastError, StringComparison.Ordinal);
        var bad = await Outbox.OneAsync(App, ids[2]);
        Assert.Equal(OutgoingEmailState.Failed, bad.State);
        Assert.Contains("not a valid email address", bad.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_calendar_part_goes_beside_the_text_and_html_with_its_method()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        const string calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tests//EN\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
        await Outbox.AddAsync(App, [Outbox.Email("ann@example.test", "Call") with { Calendar = new CalendarPart(calendar, "REQUEST") }]);
        await using var worker = await DeliveryWorker.StartAsync(App, smtp.Port);

        await Outbox.WaitUntilNonePendingAsync(App);

        var parts = Assert.IsType<MultipartAlternative>(Assert.Single(smtp.Received).Body).OfType<TextPart>().ToList();
        Assert.Equal(["text/plain", "text/html", "text/calendar"], parts.Select(p => p.ContentType.MimeType));
        Assert.Equal("REQUEST", parts[2].ContentType.Parameters["method"]);
        Assert.Contains("METHOD:REQUEST", parts[2].Text, StringComparison.Ordinal);
    }
}
