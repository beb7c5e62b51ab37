using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Mail;
using PromiseKeeper.Web.Tests.Reminders;
using static PromiseKeeper.Web.Tests.Reminders.ReminderSeed;

namespace PromiseKeeper.Web.Tests.Notifications;

/// <summary>
/// The daily digest at 08:00 on the reader's wall clock (Ljubljana, UTC+1 in November: 08:00 there is 07:00 UTC):
/// one email per person with what was written before that 08:00, never an item twice.
/// </summary>
public sealed class DailyDigestTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task Nothing_at_07_59_everything_written_before_08_00_at_08_00_and_what_came_later_the_next_morning()
    {
        var reader = await ReaderAsync("Dana Digest", Ljubljana);
        await AddAsync(reader, 101, Utc(2026, 11, 23, 10));
        await AddAsync(reader, 102, Utc(2026, 11, 24, 6, 30));
        await AddAsync(reader, 103, Utc(2026, 11, 24, 7, 30));
        await AddAsync(reader, 104, Utc(2026, 11, 23, 11), NotificationEmail.Off);
        await AddAsync(reader, 105, Utc(2026, 11, 23, 11), NotificationEmail.AtOnce);

        Assert.Equal(0, await App.RunAsync<DailyDigest>(Utc(2026, 11, 24, 6, 59)));
        Assert.Empty(await Outbox.AllAsync(App));

        Assert.Equal(1, await App.RunAsync<DailyDigest>(Utc(2026, 11, 24, 7)));
        Assert.Equal(0, await App.RunAsync<DailyDigest>(Utc(2026, 11, 24, 7, 1)));
        var first = Assert.Single(await Outbox.AllAsync(App));
        Assert.Equal((reader.Email, DigestMails.Kind, "PromiseKeeper: your daily digest, 2 notifications"), (first.RecipientAddress, first.Kind, first.Subject));
        Assert.Contains("Lee Lead approved the retro of incident #101.", first.TextBody, StringComparison.Ordinal);
        Assert.Contains("Lee Lead approved the retro of incident #102.", first.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://localhost/Incidents/101", first.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://localhost/Account/Notifications", first.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("#103", first.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("#104", first.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("#105", first.TextBody, StringComparison.Ordinal);

        Assert.Equal(0, await App.RunAsync<DailyDigest>(Utc(2026, 11, 25, 6, 59)));
        Assert.Equal(1, await App.RunAsync<DailyDigest>(Utc(2026, 11, 25, 7)));
        var second = Assert.Single(await Outbox.AllAsync(App), e => e.Id != first.Id);
        Assert.Equal("PromiseKeeper: your daily digest, 1 notification", second.Subject);
        Assert.Contains("incident #103.", second.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("#101", second.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await App.RunAsync<DailyDigest>(Utc(2026, 11, 26, 7)));
        Assert.Equal(2, (await Outbox.AllAsync(App)).Count);
    }

    [Fact]
    public async Task The_digest_reaches_the_mail_server_in_the_readers_language_as_text_and_html()
    {
        var reader = await ReaderAsync("Lars Berg", Ljubljana);
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "AspNetUsers" SET "Language" = 'ru' WHERE "Id" = {reader.Id}"""));
        await AddAsync(reader, 101, Utc(2026, 11, 23, 10));
        await AddAsync(reader, 102, Utc(2026, 11, 23, 11));
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var worker = await DeliveryWorker.StartAsync(App, smtp.Port);
        // The outbox sends what is due by the app's clock.
        App.Clock.Now = Utc(2026, 11, 24, 7);

        await App.RunAsync<DailyDigest>(App.Clock.Now);
        await Outbox.WaitUntilNonePendingAsync(App);

        var message = Assert.Single(smtp.Received);
        Assert.Equal("PromiseKeeper: ежедневная сводка, 2 уведомления", message.Subject);
        Assert.Contains("Здравствуйте, Lars Berg!", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("инцидент № 101", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"http://localhost/Incidents/102\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("href=\"http://localhost/Account/Notifications\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ru\">", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deactivated_reader_or_one_without_an_address_gets_nothing_and_their_notifications_are_put_aside()
    {
        var gone = await ReaderAsync("Gone Away", Ljubljana);
        var noAddress = await ReaderAsync("No Address", Ljubljana);
        var nothingPending = await ReaderAsync("Nothing Pending", Ljubljana);
        await App.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "AspNetUsers" SET "IsActive" = false WHERE "Id" = {gone.Id}""");
            await db.Database.ExecuteSqlAsync($"""UPDATE "AspNetUsers" SET "Email" = NULL, "NormalizedEmail" = NULL WHERE "Id" = {noAddress.Id}""");
        });
        await AddAsync(gone, 101, Utc(2026, 11, 23, 10));
        await AddAsync(noAddress, 102, Utc(2026, 11, 23, 10));

        Assert.Equal(2, await App.RunAsync<DailyDigest>(Utc(2026, 11, 24, 7)));

        Assert.Empty(await Outbox.AllAsync(App));
        Assert.False(await App.WithDbAsync(db => db.Notifications().AnyAsync(n => n.EmailQueuedAt == null)));
        Assert.Equal(0, await App.RunAsync<DailyDigest>(Utc(2026, 11, 25, 7)));
        Assert.DoesNotContain(await Outbox.AllAsync(App), e => e.RecipientAddress == nothingPending.Email);
    }

    private async Task<TestUser> ReaderAsync(string name, string zone)
    {
        var reader = await App.CreateUserAsync(Roles.AccountManager, name);
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "AspNetUsers" SET "TimeZoneId" = {zone} WHERE "Id" = {reader.Id}"""));
        return reader;
    }

    private Task AddAsync(TestUser reader, long incidentId, DateTimeOffset createdAt, NotificationEmail email = NotificationEmail.Digest) =>
        App.WithDbAsync(async db =>
        {
            db.Set<Notification>().Add(new Notification
            {
                RecipientId = reader.Id,
                Kind = NotificationKind.RetroApproved,
                IncidentId = incidentId,
                ActorName = "Lee Lead",
                CreatedAt = createdAt,
                Email = email,
                EmailQueuedAt = email == NotificationEmail.AtOnce ? createdAt : null,
            });
            await db.SaveChangesAsync();
        });
}
