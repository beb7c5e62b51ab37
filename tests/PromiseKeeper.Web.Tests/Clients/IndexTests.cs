using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;
using ClientList = PromiseKeeper.Web.Pages.Clients.IndexModel;

namespace PromiseKeeper.Web.Tests.Clients;

public sealed class IndexTests(WebAppFixture app) : WebAppTest(app)
{
    private static readonly DateTimeOffset Discovered = FixedClock.Start.AddDays(-3);

    [Fact]
    public async Task Open_incident_counts_include_only_open_incidents_the_user_may_see()
    {
        var alex = await App.CreateUserAsync(Roles.AccountManager);
        var bea = await App.CreateUserAsync(Roles.AccountManager);
        var lead = await App.CreateUserAsync(Roles.TeamLead);
        var legal = await App.CreateUserAsync(Roles.Legal);
        var admin = await App.CreateUserAsync(Roles.Admin);
        var acme = await App.AddClientAsync("Acme");
        var globex = await App.AddClientAsync("Globex");
        await App.AddClientAsync("Initech");

        var closed = TestIncidents.Log(alex, acme, Discovered, App.Clock.Now);
        closed.WalkTo(PlaybookStage.Closed, alex, App.Clock.Now);

        await App.WithDbAsync(async db =>
        {
            db.Incidents.AddRange(
                TestIncidents.Log(alex, acme, Discovered, App.Clock.Now),
                TestIncidents.Log(alex, acme, Discovered, App.Clock.Now),
                closed,
                TestIncidents.Log(bea, acme, Discovered, App.Clock.Now),
                TestIncidents.Log(bea, globex, Discovered, App.Clock.Now, contractReference: "MSA 9"));
            await db.SaveChangesAsync();
        });

        Assert.Equal([("Acme", 2), ("Globex", 0), ("Initech", 0)], await CountsAsync(alex));
        Assert.Equal([("Acme", 1), ("Globex", 1), ("Initech", 0)], await CountsAsync(bea));
        Assert.Equal([("Acme", 3), ("Globex", 1), ("Initech", 0)], await CountsAsync(lead));
        Assert.Equal([("Acme", 0), ("Globex", 1), ("Initech", 0)], await CountsAsync(legal));
        await Assert.ThrowsAsync<ForbiddenException>(() => CountsAsync(admin));
    }

    [Fact]
    public async Task The_name_search_ignores_case_and_treats_wildcards_as_text()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        await App.AddClientAsync("Acme Industrial");
        await App.AddClientAsync("Globex");
        await App.AddClientAsync("100% Pure");
        await App.AddClientAsync("Under_score");
        await App.AddClientAsync(@"Back\slash");

        Assert.Equal(["Acme Industrial"], await SearchAsync(user, "ACME"));
        Assert.Equal(["100% Pure"], await SearchAsync(user, "%"));
        Assert.Equal(["Under_score"], await SearchAsync(user, "_"));
        Assert.Equal([@"Back\slash"], await SearchAsync(user, @"k\s"));
        Assert.Empty(await SearchAsync(user, "zzz"));
    }

    [Fact]
    public async Task Paging_by_name_visits_every_client_once_in_name_order_whatever_the_case()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var names = Enumerable.Range(0, 120)
            .Select(n => (n % 2 == 0 ? "client " : "CLIENT ") + n.ToString("000", System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        await App.WithDbAsync(async db =>
        {
            // Inserted in reverse, so the order on screen cannot come from insertion order.
            db.Clients.AddRange(names.AsEnumerable().Reverse().Select(name => Client.Create(name, LoyaltyLevel.Neutral, App.Clock.Now)));
            await db.SaveChangesAsync();
        });

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await App.SendAsync(user, m => m.Send(new ClientList.Query { After = after }));
            Assert.True(page.Rows.Count <= ClientList.Query.PageSize);
            seen.AddRange(page.Rows.Select(r => r.Name));
            after = page.NextAfter;
            pages++;
        }
        while (after is not null && pages < 10);

        Assert.Equal(names, seen);
        Assert.Equal(3, pages);
    }

    private async Task<List<string>> SearchAsync(TestUser user, string search) =>
        (await App.SendAsync(user, m => m.Send(new ClientList.Query { Search = search }))).Rows.Select(r => r.Name).ToList();

    private async Task<List<(string Name, int Open)>> CountsAsync(TestUser user)
    {
        var result = await App.SendAsync(user, m => m.Send(new ClientList.Query()));
        return result.Rows.Select(r => (r.Name, r.OpenIncidents)).ToList();
    }
}
