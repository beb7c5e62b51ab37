using Microsoft.EntityFrameworkCore;
using System.Net;
using PromiseKeeper.Web.Infrastructure.Mail;
using PromiseKeeper.Web.Tests.Admin;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Mail;

/// <summary>/Admin/Mail: admins see the backlog and why emails failed, never what they say.</summary>
public sealed class AdminMailPageTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task An_admin_whose_zone_is_not_utc_counts_today_from_their_own_midnight()
    {
        // Sent at 23:30 UTC the day before the fixed clock's day: already "today" in Ljubljana (UTC+1), not in UTC.
        var now = App.Clock.GetUtcNow();
        var lateYesterdayUtc = new DateTimeOffset(now.UtcDateTime.Date.AddMinutes(-30), TimeSpan.Zero);
        await App.WithDbAsync(async db =>
        {
            EmailOutbox.Enqueue(db, Outbox.Email("sent@example.test", "Subject"), lateYesterdayUtc).MarkSent(lateYesterdayUtc);
            await db.SaveChangesAsync();
        });
        var admin = await App.CreateUserAsync(Roles.Admin);
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == admin.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.TimeZoneId, "Europe/Ljubljana")));
        using var http = await App.CreateSignedInClientAsync(admin);

        var html = await http.GetHtmlAsync("/Admin/Mail");

        Assert.Contains("<dd class=\"col-sm-8 col-lg-9\" id=\"mail-sent-today\">1</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admins_see_what_waits_what_failed_and_why_but_not_the_content()
    {
        await App.WithDbAsync(async db =>
        {
            var now = App.Clock.GetUtcNow();
            EmailOutbox.Enqueue(db, Outbox.Email("waiting@example.test", "Secret subject"), now)
                .RetryLater(now, "SocketException: Connection refused", new RetrySchedule(TimeSpan.FromSeconds(30), TimeSpan.FromHours(1)));
            EmailOutbox.Enqueue(db, Outbox.Email("also-waiting@example.test", "Secret subject"), now);
            EmailOutbox.Enqueue(db, Outbox.Email("gone@example.test", "Secret subject", kind: "retro-sent-back"), now).Fail("SMTP 550: mailbox unavailable");
            EmailOutbox.Enqueue(db, Outbox.Email("sent@example.test", "Secret subject"), now).MarkSent(now);
            EmailOutbox.Enqueue(db, Outbox.Email("sent-yesterday@example.test", "Secret subject"), now).MarkSent(now.AddDays(-1));
            await db.SaveChangesAsync();
        });
        using var http = await App.CreateSignedInClientAsync(await App.CreateUserAsync(Roles.Admin));

        var html = await http.GetHtmlAsync("/Admin/Mail");

        Assert.Contains("<dd class=\"col-sm-8 col-lg-9\" id=\"mail-pending\">2</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"col-sm-8 col-lg-9\" id=\"mail-failed\">1</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"col-sm-8 col-lg-9\" id=\"mail-sent-today\">1</dd>", html, StringComparison.Ordinal);
        Assert.Contains("waiting@example.test", html, StringComparison.Ordinal);
        Assert.Contains("SocketException: Connection refused", html, StringComparison.Ordinal);
        Assert.Contains("gone@example.test", html, StringComparison.Ordinal);
        Assert.Contains("retro-sent-back", html, StringComparison.Ordinal);
        Assert.Contains("SMTP 550: mailbox unavailable", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret subject", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sent@example.test", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_and_its_menu_entry_read_in_russian_and_slovenian_and_only_admins_have_them()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var http = await App.CreateSignedInClientAsync(admin);

        var russian = await GetInAsync(http, "ru");
        var slovenian = await GetInAsync(http, "sl");

        Assert.Contains("<h1 class=\"h3 mt-2\">Исходящая почта</h1>", russian, StringComparison.Ordinal);
        Assert.Contains("Очередь пуста: все письма отправлены.", russian, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"h3 mt-2\">Odhodna pošta</h1>", slovenian, StringComparison.Ordinal);
        Assert.Contains("href=\"/Admin/Mail\">Odhodna pošta</a>", slovenian, StringComparison.Ordinal);

        using var manager = await App.CreateSignedInClientAsync(await App.CreateUserAsync(Roles.AccountManager));
        using var refused = await manager.GetAsync(new Uri("/Admin/Mail", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("/Admin/Mail", await manager.GetHtmlAsync("/Account/Profile"), StringComparison.Ordinal);
    }

    private static async Task<string> GetInAsync(HttpClient http, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Admin/Mail", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
