using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Pages.Account;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Audit;

public sealed class SignInAuditTests(WebAppFixture app) : WebAppTest(app)
{
    private const string Browser = "Mozilla/5.0 (AuditTests) Firefox/140.0";
    private static readonly int FailuresBeforeDelay = new SignInAttemptOptions().FailuresBeforeDelay;

    [Fact]
    public async Task A_successful_sign_in_is_recorded_with_the_person_the_time_the_address_and_the_browser()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager, "Robin Audit");
        App.Clock.Now = FixedClock.Start.AddMinutes(7);
        using var http = App.CreateHttpClient();
        http.DefaultRequestHeaders.Add(TestClientAddressStartupFilter.Header, "2001:db8::7");
        http.DefaultRequestHeaders.Add("User-Agent", Browser);

        using var response = await http.PostLoginAsync(user.Email, TestUser.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal(AuditAction.SignInSucceeded, entry.Action);
        Assert.Equal(user.Id, entry.ActorId);
        Assert.Equal("Robin Audit", entry.ActorName);
        Assert.Equal(App.Clock.Now, entry.OccurredAt);
        Assert.Equal("2001:db8::7", entry.IpAddress);
        Assert.Equal(Browser, entry.UserAgent);
        Assert.Contains(user.Email, entry.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(TestUser.Password, entry.Details, StringComparison.Ordinal);
        Assert.Null(entry.IncidentId);
    }

    [Theory]
    [InlineData("wrong password", "Wrong password.")]
    [InlineData("unknown email", "No account has this email.")]
    public async Task A_failed_sign_in_is_recorded_under_the_email_typed_without_a_user_id(string mistake, string details)
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var (email, password) = mistake == "wrong password"
            ? (user.Email, "a-wrong-password-123")
            : ("nobody@tests.promisekeeper.test", "a-wrong-password-123");
        App.Clock.Now = FixedClock.Start.AddHours(2);
        using var http = App.CreateHttpClient();

        using var response = await http.PostLoginAsync(email, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal(AuditAction.SignInFailed, entry.Action);
        Assert.Null(entry.ActorId);
        Assert.Equal(email, entry.ActorName);
        Assert.Equal(details, entry.Details);
        Assert.Equal(App.Clock.Now, entry.OccurredAt);
        Assert.Equal(TestClientAddressStartupFilter.DefaultAddress.ToString(), entry.IpAddress);
    }

    [Fact]
    public async Task Attempts_that_must_wait_after_repeated_failures_are_recorded_as_locked_out()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager, "Kim Locked");
        using var http = App.CreateHttpClient();

        for (var attempt = 1; attempt <= FailuresBeforeDelay; attempt++)
        {
            using var failed = await http.PostLoginAsync(user.Email, $"wrong-password-number-{attempt}");
        }

        using var rightPassword = await http.PostLoginAsync(user.Email, TestUser.Password);

        var entries = await EntriesAsync();
        Assert.Equal(
            [.. Enumerable.Repeat(AuditAction.SignInFailed, FailuresBeforeDelay), AuditAction.SignInLockedOut],
            entries.Select(e => e.Action));
        var last = entries[^1];
        Assert.Null(last.ActorId);
        Assert.Equal(user.Email, last.ActorName);
        Assert.Contains("too many failed attempts from this address", last.Details, StringComparison.Ordinal);
        Assert.All(entries, e => Assert.DoesNotContain("password-number", e.Details, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_account_Identity_does_not_allow_is_told_it_is_deactivated_only_with_the_right_password()
    {
        // Deactivation itself is another feature; here Identity refuses the account the way it refuses
        // an inactive one (SignInResult.NotAllowed), through its "confirmed email" rule.
        var user = await App.CreateUserAsync(Roles.AccountManager, "Pat Former");
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, false)));
        await using var factory = App.Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<IdentityOptions>(options => options.SignIn.RequireConfirmedEmail = true)));
        using var http = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        using var rightPassword = await http.PostLoginAsync(user.Email, TestUser.Password);
        using var wrongPassword = await http.PostLoginAsync(user.Email, "a-wrong-password-123");

        Assert.Equal([LoginModel.Deactivated], HttpForms.SummaryMessages(await rightPassword.Content.ReadAsStringAsync()));
        Assert.Equal([LoginModel.GenericFailure], HttpForms.SummaryMessages(await wrongPassword.Content.ReadAsStringAsync()));
        using var list = await http.GetAsync(new Uri("/Incidents", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);

        var entries = await EntriesAsync();
        Assert.Equal([AuditAction.SignInRefusedInactive, AuditAction.SignInRefusedInactive], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(user.Id, e.ActorId));
        Assert.Equal(
            [$"Sign-in as {user.Email} refused: the account is deactivated.", $"Sign-in as {user.Email} refused: the account is deactivated, and the password was wrong."],
            entries.Select(e => e.Details));
    }

    private Task<List<AuditEntry>> EntriesAsync() =>
        App.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync());
}
