using System.Net;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Clients;
using PromiseKeeper.Web.Tests.Admin;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Clients;

/// <summary>/Clients/{id}: the client's incidents as far as the reader may see them, its contacts and its emotional bank account.</summary>
public sealed class DetailsTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task An_account_manager_sees_only_their_own_incidents_of_the_client_and_their_lead_sees_the_teams()
    {
        var clientId = await App.AddClientAsync("Globex");
        var ana = await App.CreateUserAsync(Roles.AccountManager, "Ana");
        var bor = await App.CreateUserAsync(Roles.AccountManager, "Bor");
        var lead = await App.CreateUserAsync(Roles.TeamLead, "Lea");
        await App.AnIncident(ana).ForClient("Globex").Titled("Ana's late delivery").SaveAsync();
        await App.AnIncident(bor).ForClient("Globex").Titled("Bor's wrong invoice").SaveAsync();

        using var asAna = await App.CreateSignedInClientAsync(ana);
        var anaPage = await asAna.GetHtmlAsync($"/Clients/{clientId}");
        using var asLead = await App.CreateSignedInClientAsync(lead);
        var leadPage = await asLead.GetHtmlAsync($"/Clients/{clientId}");

        Assert.Contains("Ana&#x27;s late delivery", anaPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Bor&#x27;s wrong invoice", anaPage, StringComparison.Ordinal);
        Assert.Contains("Ana&#x27;s late delivery", leadPage, StringComparison.Ordinal);
        Assert.Contains("Bor&#x27;s wrong invoice", leadPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Legal_may_open_it_without_the_editing_links_and_an_unknown_client_is_404()
    {
        var clientId = await App.AddClientAsync("Globex");
        using var legal = await App.CreateSignedInClientAsync(await App.CreateUserAsync(Roles.Legal));

        var page = await legal.GetHtmlAsync($"/Clients/{clientId}");
        using var unknown = await legal.GetAsync(new Uri($"/Clients/{clientId + 1000}", UriKind.Relative));

        Assert.Contains("<h1 class=\"h3 mb-0\">Globex</h1>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Change the relationship", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Add a contact", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_bank_account_shows_each_change_and_the_list_shows_the_same_standing()
    {
        var clientId = await App.AddClientAsync("Globex", LoyaltyLevel.Loyal);
        var ana = await App.CreateUserAsync(Roles.AccountManager, "Ana");
        var now = App.Clock.GetUtcNow();
        var high = await App.AnIncident(ana).ForClient("Globex").DiscoveredAt(now.AddDays(-30)).SaveAsync();
        var low = await App.AnIncident(ana).ForClient("Globex").DiscoveredAt(now.AddDays(-10)).SaveAsync();
        await App.AnIncident(ana).ForClient("Globex").DiscoveredAt(now.AddDays(-5)).SaveAsync(); // no figures yet: moves nothing
        // High (−4), told late (−2), one other mistake (−1), two blame findings (−2): −9; then low (−1): −10.
        await App.AddFiguresAsync(high.Id, Severity.High, mistakeA: true, mistakeCount: 2, blameFindingsSent: 2);
        await App.AddFiguresAsync(low.Id, Severity.Low);
        using var http = await App.CreateSignedInClientAsync(ana);

        var page = await http.GetHtmlAsync($"/Clients/{clientId}");
        var list = await http.GetHtmlAsync("/Clients");

        Assert.Contains("Balance -10; over the last 90 days: Going down.", page, StringComparison.Ordinal);
        Assert.Contains("The client was told late (mistake A) (-2)", page, StringComparison.Ordinal);
        Assert.Contains("Severity and mistakes not computed yet", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Incidents/{high.Id}\">#{high.Id}</a>", page, StringComparison.Ordinal);
        Assert.Contains("Overdrawn (-10)", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Clients/{clientId}\">Globex</a>", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sql_totals_and_the_entries_give_the_same_balance_now_and_ninety_days_ago()
    {
        var clientId = await App.AddClientAsync("Globex");
        var ana = await App.CreateUserAsync(Roles.AccountManager, "Ana");
        var now = App.Clock.GetUtcNow();
        var old = await App.AnIncident(ana).ForClient("Globex").DiscoveredAt(now.AddDays(-120)).SaveAsync();
        var recent = await App.AnIncident(ana).ForClient("Globex").DiscoveredAt(now.AddDays(-3)).SaveAsync();
        await App.AddFiguresAsync(old.Id, Severity.Critical, mistakeCount: 1, blameFindingsSent: 9);
        await App.AddFiguresAsync(recent.Id, Severity.Medium);

        var (entries, standing) = await App.WithDbAsync(async db =>
            (await BankEntriesReference.EntriesAsync(db, clientId, default), (await BankAccountReads.StandingsAsync(db, [clientId], now, default))[clientId]));

        // Critical −6, one other mistake −1, blame capped at −3: −10 (120 days ago); medium −2: −12 now.
        Assert.Equal(-12, standing.Balance);
        Assert.Equal(standing.Balance, EmotionalBankAccount.BalanceAt(entries, now));
        Assert.Equal(-10, EmotionalBankAccount.BalanceAt(entries, now.AddDays(-90)));
        Assert.Equal(BankTrend.Down, standing.Trend);
    }

    [Fact]
    public async Task An_overdrawn_account_makes_the_incidents_relationship_count_one_level_worse_and_says_so()
    {
        await App.AddClientAsync("Globex", LoyaltyLevel.Loyal);
        var ana = await App.CreateUserAsync(Roles.AccountManager, "Ana");
        var past = await App.AnIncident(ana).ForClient("Globex").DiscoveredAt(App.Clock.GetUtcNow().AddDays(-20)).SaveAsync();
        await App.AddFiguresAsync(past.Id, Severity.Critical); // −6: overdrawn
        var current = await App.AnIncident(ana).ForClient("Globex").SaveAsync();
        using var http = await App.CreateSignedInClientAsync(ana);

        var page = await http.GetHtmlAsync($"/Incidents/{current.Id}");

        Assert.Contains("emotional bank account is overdrawn (-6", page, StringComparison.Ordinal);
        Assert.Contains("The relationship is neutral", page, StringComparison.Ordinal);
    }
}
