using System.Net;
using MimeKit;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Mail;

namespace PromiseKeeper.Web.Tests.Account;

/// <summary>The owner of an account hears about a lockout (a paused sign-in from one address) once, by email, in their language.</summary>
public sealed class LockoutEmailTests(WebAppFixture app) : WebAppTest(app)
{
    private const string Attacker = "198.51.100.77";
    private static readonly int FailuresBeforeDelay = new SignInAttemptOptions().FailuresBeforeDelay;

    [Fact]
    public async Task A_lockout_emails_the_owner_once_in_russian_and_more_failures_during_it_send_nothing_more()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager, "Ivan Petrov");
        await App.WithDbAsync(async db =>
        {
            var row = (await db.Users.FindAsync(user.Id))!;
            row.Language = "ru";
            row.TimeZoneId = "Europe/Ljubljana";
            await db.SaveChangesAsync();
        });
        using var http = App.CreateHttpClient();
        http.DefaultRequestHeaders.Add(TestClientAddressStartupFilter.Header, Attacker);

        var answers = await FailAsync(http, user.Email, FailuresBeforeDelay);
        var queuedByTheLockout = (await EmailsToAsync(user.Email)).Count;
        using var duringTheWait = await http.PostLoginAsync(user.Email, "still-wrong");
        App.Clock.Now += TimeSpan.FromMinutes(2);
        using var afterTheWait = await http.PostLoginAsync(user.Email, "wrong-again");

        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, duringTheWait.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, afterTheWait.StatusCode);
        Assert.Equal(1, queuedByTheLockout);
        var email = Assert.Single(await EmailsToAsync(user.Email));
        Assert.Equal("sign-in-paused", email.Kind);

        await using var smtp = await TestSmtpServer.StartAsync();
        await using var worker = await DeliveryWorker.StartAsync(App, smtp.Port);
        await Outbox.WaitUntilNonePendingAsync(App);
        var message = Assert.Single(smtp.Received);
        Assert.Equal(user.Email, Assert.IsType<MailboxAddress>(Assert.Single(message.To)).Address);
        Assert.Equal("PromiseKeeper: вход в вашу учётную запись приостановлен", message.Subject);
        Assert.IsType<MultipartAlternative>(message.Body);
        foreach (var body in new[] { message.TextBody, WebUtility.HtmlDecode(message.HtmlBody) })
        {
            Assert.Contains("Здравствуйте, Ivan Petrov!", body, StringComparison.Ordinal);
            Assert.Contains($"с адреса {Attacker}", body, StringComparison.Ordinal);
            Assert.Contains("последняя была 23 нояб. 2026, 13:00 Europe/Ljubljana", body, StringComparison.Ordinal);
            Assert.Contains("приостановлен до 23 нояб. 2026, 13:01 Europe/Ljubljana", body, StringComparison.Ordinal);
            Assert.Contains("сообщите администратору", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_lockout_of_an_email_without_an_account_sends_nothing_and_answers_as_for_an_account()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var http = App.CreateHttpClient();
        const string nobody = "nobody.at.all@tests.promisekeeper.test";

        var forNobody = await FailAsync(http, nobody, FailuresBeforeDelay);
        var forTheAccount = await FailAsync(http, user.Email, FailuresBeforeDelay);

        Assert.Empty(await EmailsToAsync(nobody));
        Assert.Single(await EmailsToAsync(user.Email));
        Assert.Equal(forTheAccount, forNobody);
    }

    [Fact]
    public async Task Lockouts_of_one_account_from_many_addresses_email_the_owner_once_an_hour()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);

        for (var host = 1; host <= 3; host++)
        {
            using var http = App.CreateHttpClient();
            http.DefaultRequestHeaders.Add(TestClientAddressStartupFilter.Header, $"198.51.100.{host}");
            await FailAsync(http, user.Email, FailuresBeforeDelay);
        }

        Assert.Single(await EmailsToAsync(user.Email));
        App.Clock.Now += TimeSpan.FromHours(1);
        using var another = App.CreateHttpClient();
        another.DefaultRequestHeaders.Add(TestClientAddressStartupFilter.Header, "198.51.100.9");
        await FailAsync(another, user.Email, FailuresBeforeDelay);
        Assert.Equal(2, (await EmailsToAsync(user.Email)).Count);
    }

    private static async Task<List<HttpStatusCode>> FailAsync(HttpClient http, string email, int times)
    {
        var answers = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= times; attempt++)
        {
            using var failed = await http.PostLoginAsync(email, $"wrong-password-number-{attempt}");
            answers.Add(failed.StatusCode);
        }

        return answers;
    }

    private async Task<List<PromiseKeeper.Web.Infrastructure.Mail.OutgoingEmail>> EmailsToAsync(string address) =>
        (await Outbox.AllAsync(App)).Where(e => string.Equals(e.RecipientAddress, address, StringComparison.OrdinalIgnoreCase)).ToList();
}
