using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Web.Infrastructure.Localization;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Pages.Home;
using PromiseKeeper.Web.Tests.ClockHistory;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Home;

/// <summary>
/// A head of customer success's home page follows every team (retros waiting for a lead, breached clocks) in the one
/// statement, and nobody's notifications go to them.
/// </summary>
public sealed class HeadOfCustomerSuccessHomeTests(WebAppFixture app) : ClockSweepTest(app)
{
    /// <summary>Friday 20 November, 09:00: telling the client breached on Friday at 17:00.</summary>
    private static readonly DateTimeOffset Friday9 = Monday9.AddDays(-3);

    [Fact]
    public async Task Every_team_s_retros_waiting_for_a_lead_and_breached_clocks_show_in_one_statement_and_no_notification_goes_to_the_head()
    {
        var alex = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var lead = await LeadAsync();
        // Even in a team (an admin may put them in one), the head of customer success is nobody's lead.
        var head = await App.CreateUserAsync(Roles.HeadOfCustomerSuccess, "Nika Zupan", alex.TeamId);
        var omar = await App.CreateUserAsync(Roles.AccountManager, "Omar Haddad", await App.AddTeamAsync("Enterprise Accounts"));
        var retro = await SubmittedRetroAsync(omar);
        var breached = (await App.AnIncident(alex).Titled("Late incident").DiscoveredAt(Friday9).LoggedAt(Friday9.AddMinutes(30)).SaveAsync()).Id;
        var warning = await DiscoveredMondayAsync(omar);
        App.Clock.Now = Monday9.AddHours(7);
        await SweepAsync(App.Clock.Now);

        var work = await App.SendAsync(head, m => m.Send(new WaitingOnMeQuery()));

        Assert.Equal([WaitingSection.EveryTeam], work.Sections.Keys);
        var items = work.Sections[WaitingSection.EveryTeam];
        Assert.Equal([(retro, "Omar Haddad")], items.Where(i => i.Kind == WaitingKind.RetroAwaitingLead).Select(i => (i.Row.IncidentId!.Value, i.Row.Detail)));
        var clocks = items.Where(i => i.Kind == WaitingKind.ClockBreached).ToList();
        Assert.Contains(clocks, i => (i.Row.IncidentId, i.ClockKind, i.Clock, i.Overdue) == (breached, ClockKind.TellClient, ClockState.Breached, true));
        Assert.DoesNotContain(clocks, i => i.Row.IncidentId == warning);
        Assert.Equal(WaitingKind.ClockBreached, items[0].Kind);

        var notes = await NotificationsAsync();
        Assert.Contains(notes, n => n.RecipientId == lead.Id && n.Kind == NotificationKind.ClockBreached);
        Assert.DoesNotContain(notes, n => n.RecipientId == head.Id);

        using var http = await App.CreateSignedInClientAsync(head);
        var (sql, html) = await App.GetCountingSqlAsync(http, "/");
        Assert.Single(sql);
        Assert.Contains("Every team", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Incidents/{retro}/RetroReview\"", html, StringComparison.Ordinal);
        Assert.Contains("Retro submitted by Omar Haddad: waiting for a team lead", html, StringComparison.Ordinal);
        Assert.Contains("Clock breached: Tell the client", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Dashboard\"", html, StringComparison.Ordinal);
        var (countSql, json) = await App.GetCountingSqlAsync(http, "/Home/Count");
        Assert.Single(countSql);
        Assert.Equal(work.Count, JsonDocument.Parse(json).RootElement.GetProperty("waiting").GetInt32());
    }

    [Fact]
    public async Task With_nothing_waiting_anywhere_the_home_page_leads_to_the_dashboard_the_reviews_and_every_incident()
    {
        var head = await App.CreateUserAsync(Roles.HeadOfCustomerSuccess, "Nika Zupan");
        using var http = await App.CreateSignedInClientAsync(head);

        var html = await GetHtmlAsync(http, "/");

        Assert.Contains("Nothing is waiting on you.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Dashboard\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Reviews\">Every team", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Incidents?Show=all\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("sl")]
    public async Task What_a_head_of_customer_success_reads_has_every_text_in_the_language(string language)
    {
        var omar = await App.CreateUserAsync(Roles.AccountManager, "Omar Haddad", await App.AddTeamAsync("Enterprise Accounts"));
        var retro = await SubmittedRetroAsync(omar);
        var breached = (await App.AnIncident(omar).Titled("Late incident").DiscoveredAt(Friday9).LoggedAt(Friday9.AddMinutes(30)).SaveAsync()).Id;
        App.Clock.Now = Monday9.AddHours(7);
        await SweepAsync(App.Clock.Now);
        var head = await App.CreateUserAsync(Roles.HeadOfCustomerSuccess, "Nika Zupan");
        using var http = await App.CreateSignedInClientAsync(head);
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var missingTranslations = App.Factory.Services.GetRequiredService<MissingTranslations>();

        foreach (var path in new[] { "/", "/Reviews", $"/Incidents/{retro}/RetroReview", $"/Incidents/{breached}", "/Incidents" })
        {
            var html = await GetHtmlAsync(http, path);
            Assert.Contains($"<html lang=\"{language}\"", html, StringComparison.Ordinal);
            var missing = missingTranslations.SeenOn(new Uri(new Uri("http://localhost"), path).AbsolutePath)
                .Where(m => m.StartsWith(language, StringComparison.Ordinal)).ToList();
            Assert.True(missing.Count == 0, $"{path} in {language} has texts without a translation:\n{string.Join("\n", missing)}");
        }
    }
}
