using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Notifications;

/// <summary>An email's unsubscribe link works without signing in, once, only as issued; GET only asks.</summary>
public sealed class UnsubscribeTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task A_valid_link_asks_first_and_the_post_turns_the_kind_off_once()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var token = Issue(user.Id, NotificationKind.RetroSentBack);
        using var http = App.CreateHttpClient();

        using var asked = await http.GetAsync(new Uri(PathOf(token), UriKind.Relative));
        var page = await asked.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("My retro was sent back", page, StringComparison.Ordinal);
        Assert.Null(await ChoiceAsync(user.Id, NotificationKind.RetroSentBack));

        using var done = await PostAsync(http, token, HttpForms.AntiforgeryToken(page));

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(NotificationEmail.Off, await ChoiceAsync(user.Id, NotificationKind.RetroSentBack));
        Assert.Null(await ChoiceAsync(user.Id, NotificationKind.IncidentAssigned));

        using var again = await PostAsync(http, token, HttpForms.AntiforgeryToken(page));
        using var openedAgain = await http.GetAsync(new Uri(PathOf(token), UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, openedAgain.StatusCode);
    }

    [Fact]
    public async Task A_saved_choice_is_turned_off_too()
    {
        var user = await App.CreateUserAsync(Roles.Legal, "Lena Kovac");
        await App.WithDbAsync(async db =>
        {
            db.Set<NotificationPreference>().Add(new NotificationPreference { UserId = user.Id, Kind = NotificationKind.LegalReviewRequested, Email = NotificationEmail.AtOnce });
            await db.SaveChangesAsync();
        });
        var token = Issue(user.Id, NotificationKind.LegalReviewRequested);
        using var http = App.CreateHttpClient();
        var page = await http.GetStringAsync(new Uri(PathOf(token), UriKind.Relative));

        using var done = await PostAsync(http, token, HttpForms.AntiforgeryToken(page));

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(NotificationEmail.Off, await ChoiceAsync(user.Id, NotificationKind.LegalReviewRequested));
    }

    [Fact]
    public async Task A_forged_tampered_or_foreign_token_is_404_and_changes_nothing()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var valid = Issue(user.Id, NotificationKind.RetroApproved);
        using var http = App.CreateHttpClient();
        var page = await http.GetStringAsync(new Uri(PathOf(valid), UriKind.Relative));
        var antiforgery = HttpForms.AntiforgeryToken(page);
        var middle = valid.Length / 2;
        var tampered = string.Concat(valid.AsSpan(0, middle), valid[middle] == 'A' ? "B" : "A", valid.AsSpan(middle + 1));
        var otherPurpose = App.Factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("something else")
            .Protect($"{user.Id}|{(int)NotificationKind.RetroApproved}|{Guid.NewGuid():N}");
        var unknownUser = Issue("no-such-user", NotificationKind.RetroApproved);

        foreach (var token in new[] { "forged", tampered, otherPurpose, unknownUser, string.Empty, new string('A', 5000) })
        {
            using var opened = await http.GetAsync(new Uri(PathOf(token), UriKind.Relative));
            using var posted = await PostAsync(http, token, antiforgery);
            Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (opened.StatusCode, posted.StatusCode));
        }

        Assert.Null(await ChoiceAsync(user.Id, NotificationKind.RetroApproved));
    }

    [Theory]
    [InlineData("ru", "Больше не присылать письма «Мою ретроспективу вернули")]
    [InlineData("sl", "Ne želite več prejemati e-poštnih sporočil za »")]
    public async Task The_page_speaks_the_visitors_language(string language, string expected)
    {
        var user = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        using var http = App.CreateHttpClient();
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var page = await http.GetStringAsync(new Uri(PathOf(Issue(user.Id, NotificationKind.RetroSentBack)), UriKind.Relative));

        Assert.Contains(expected, page, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language}\"", page, StringComparison.Ordinal);
    }

    private string Issue(string userId, NotificationKind kind) =>
        App.Factory.Services.GetRequiredService<UnsubscribeTokens>().Issue(userId, kind);

    private static string PathOf(string token) => "/Unsubscribe?token=" + Uri.EscapeDataString(token);

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string token, string antiforgery) =>
        http.PostFormAsync("/Unsubscribe", new Dictionary<string, string> { ["Token"] = token, [HttpForms.TokenField] = antiforgery });

    private Task<NotificationEmail?> ChoiceAsync(string userId, NotificationKind kind) =>
        App.WithDbAsync(db => db.NotificationPreferences()
            .Where(p => p.UserId == userId && p.Kind == kind).Select(p => (NotificationEmail?)p.Email).SingleOrDefaultAsync());
}
