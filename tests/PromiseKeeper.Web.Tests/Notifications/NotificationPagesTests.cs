using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Notifications;

/// <summary>The list, the unread count, opening and marking read (one's own only), and the email settings.</summary>
public sealed class NotificationPagesTests(WebAppFixture app) : NotificationTest(app)
{
    [Fact]
    public async Task The_list_shows_the_user_s_own_notifications_newest_first_marked_unread_in_words()
    {
        var (alex, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        var bea = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        await App.AddNotificationsAsync(alex, id, count: 2);
        await App.AddNotificationsAsync(bea, id, count: 1);
        using var http = await App.CreateSignedInClientAsync(alex);

        var html = WebUtility.HtmlDecode(await GetHtmlAsync(http, "/Notifications"));

        Assert.Equal(2, CountOf(html, ">Unread</span>"));
        var sentBack = html.IndexOf($"Tara Whitfield sent the retro of incident #{id} (Acme 1) back to you with comments.", StringComparison.Ordinal);
        var assigned = html.IndexOf($"Tara Whitfield assigned incident #{id} (Acme 1) to you. Reason: Alex is on leave.", StringComparison.Ordinal);
        Assert.True(sentBack >= 0 && assigned > sentBack, "the newest notification comes first");
        Assert.Contains("Mark all as read", html, StringComparison.Ordinal);
        Assert.Equal("{\"unread\":2}", await http.GetStringAsync(new Uri("/Notifications/Count", UriKind.Relative)));
    }

    [Fact]
    public async Task Opening_one_marks_it_read_and_leads_to_the_incident_and_another_user_s_is_404_and_unchanged()
    {
        var (alex, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        var bea = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        var mine = (await App.AddNotificationsAsync(alex, id, count: 1))[0];
        var beas = (await App.AddNotificationsAsync(bea, id, count: 1))[0];
        using var http = await App.CreateSignedInClientAsync(alex);
        var token = HttpForms.AntiforgeryToken(await GetHtmlAsync(http, "/Notifications"));

        // Reading the list changes nothing.
        Assert.All(await NotificationsAsync(), n => Assert.Null(n.ReadAt));

        using var other = await http.PostFormAsync($"/Notifications?handler=Open&id={beas}", [new(HttpForms.TokenField, token)]);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Null((await NotificationsAsync()).Single(n => n.Id == beas).ReadAt);

        App.Clock.Now = FixedClock.Start.AddMinutes(7);
        using var opened = await http.PostFormAsync($"/Notifications?handler=Open&id={mine}", [new(HttpForms.TokenField, token)]);
        Assert.Equal($"/Incidents/{id}", Location(opened));
        Assert.Equal(App.Clock.Now, (await NotificationsAsync()).Single(n => n.Id == mine).ReadAt);
        Assert.Equal("{\"unread\":0}", await http.GetStringAsync(new Uri("/Notifications/Count", UriKind.Relative)));
    }

    [Fact]
    public async Task Mark_all_as_read_marks_only_the_user_s_own()
    {
        var (alex, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        var bea = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        await App.AddNotificationsAsync(alex, id, count: 3);
        await App.AddNotificationsAsync(bea, id, count: 2);
        using var http = await App.CreateSignedInClientAsync(alex);
        var token = HttpForms.AntiforgeryToken(await GetHtmlAsync(http, "/Notifications"));

        using var marked = await http.PostFormAsync("/Notifications?handler=MarkAllRead", [new(HttpForms.TokenField, token)]);

        Assert.Equal("/Notifications", Location(marked));
        var all = await NotificationsAsync();
        Assert.All(all.Where(n => n.RecipientId == alex.Id), n => Assert.NotNull(n.ReadAt));
        Assert.All(all.Where(n => n.RecipientId == bea.Id), n => Assert.Null(n.ReadAt));
        Assert.Contains("3 notifications marked as read.", await GetHtmlAsync(http, "/Notifications"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_settings_show_the_defaults_save_a_choice_and_refuse_an_unknown_value_with_a_message()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetHtmlAsync(http, "/Account/Notifications");
        Assert.Contains("An incident is assigned to me", page, StringComparison.Ordinal);
        Assert.Matches("id=\"Data_Choices_0__Email\" value=\"AtOnce\" checked=\"checked\"", page);
        var token = HttpForms.AntiforgeryToken(page);

        using var refused = await http.PostFormAsync("/Account/Notifications", [
            new("Data.Choices[0].Kind", nameof(NotificationKind.IncidentAssigned)),
            new("Data.Choices[0].Email", "Sometimes"),
            new(HttpForms.TokenField, token)]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Choose at once, daily digest or off.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var saved = await http.PostFormAsync("/Account/Notifications", [
            // The handler goes by each choice's kind, not by its place in the form.
            new("Data.Choices[0].Kind", nameof(NotificationKind.RetroSentBack)),
            new("Data.Choices[0].Email", nameof(NotificationEmail.Off)),
            new(HttpForms.TokenField, token)]);
        Assert.Equal("/Account/Notifications", Location(saved));
        var choice = await App.WithDbAsync(db => db.Set<NotificationPreference>().AsNoTracking().SingleAsync());
        Assert.Equal((owner.Id, NotificationKind.RetroSentBack, NotificationEmail.Off), (choice.UserId, choice.Kind, choice.Email));

        // A notification written now keeps the choice.
        var lead = await LeadAsync();
        var id = await SubmittedRetroAsync(owner);
        await App.SendAsync(lead, async m => await m.Send(new PromiseKeeper.Web.Pages.Incidents.SendRetroBack.Command(id, await VersionAsync(id), "Again, please.")));
        Assert.Equal(NotificationEmail.Off, Assert.Single(await NotificationsAsync()).Email);
    }

    [Theory]
    [InlineData("ru", "Уведомления", "Отметить все как прочитанные")]
    [InlineData("sl", "Obvestila", "Označi vse kot prebrano")]
    public async Task The_list_reads_in_the_user_s_language(string language, string heading, string markAll)
    {
        var (alex, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        await App.AddNotificationsAsync(alex, id, count: 1);
        using var http = await App.CreateSignedInClientAsync(alex);
        http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));

        var html = WebUtility.HtmlDecode(await GetHtmlAsync(http, "/Notifications"));

        Assert.Contains($"<h1 class=\"h3 mb-0\">{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(markAll, html, StringComparison.Ordinal);
        Assert.DoesNotContain("assigned", html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
