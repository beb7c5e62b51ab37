using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Figures;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Figures;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Figures;

/// <summary>
/// The database queues an incident's figures whenever it changes, and <see cref="IncidentFiguresRefresh"/> computes them
/// with the domain's rules: the same numbers the incident page shows.
/// </summary>
public sealed class IncidentFiguresRefreshTests(WebAppFixture app) : FiguresTest(app)
{
    private const string Denial = "Hello Dana, to be clear, we never promised that date. Kind regards, Alex";

    [Fact]
    public async Task An_incident_walked_to_its_retro_gets_every_figure_of_its_record()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        await App.AddClientAsync("Acme", LoyaltyLevel.Hostile);
        // Demo content along the way: an offer worth 6,000 EUR against a 5,000 EUR loss, the call request and the recap sent.
        var saved = await App.AnIncident(owner).AtStage(PlaybookStage.InternalRetro).SaveAsync();
        Assert.Null(await FiguresAsync(saved.Id));

        Assert.Equal(1, await App.RefreshFiguresAsync());

        var figures = await FiguresAsync(saved.Id);
        Assert.NotNull(figures);
        // Hostile 3 + a moderate loss 1, no mistakes: high.
        Assert.Equal((Severity.High, 4), (figures.Severity, figures.SeverityPoints));
        Assert.Equal(1.2m, figures.OfferToLossRatio);
        Assert.Equal((2, 0), (figures.ClientTextsSent, figures.BlameFindingsSent));
        Assert.True(figures.ToldFirst);
        // Told in the conversation, within a day of discovery.
        var toldAfter = saved.ClientToldAt!.Value - saved.DiscoveredAt;
        Assert.Equal((int)toldAfter.TotalMinutes, figures.TimeToTellMinutes);
        Assert.InRange(toldAfter, TimeSpan.FromHours(1), TypicalMistakes.TellWithin);
        Assert.Equal((false, false, false, false, false, 0), (figures.MistakeA, figures.MistakeB, figures.MistakeC, figures.MistakeD, figures.MistakeE, figures.MistakeCount));
        Assert.Equal(App.Clock.Now, figures.ComputedAt);
        Assert.Null(await CheckAtAsync(saved.Id));
    }

    [Fact]
    public async Task The_figures_are_the_ones_the_domain_computes_on_the_incident_as_the_page_reads_it()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        await App.AddClientAsync("Acme", LoyaltyLevel.Cautious);
        var saved = await App.AnIncident(owner).AtStage(PlaybookStage.Conversation)
            .With(d => d with { ClientClaimedLossAmount = 90_000m, ClientClaimedLossCurrency = "EUR", Damage = DamageKinds.Delay | DamageKinds.Reputation })
            .Then(i => i.RecordConversation(
                new ConversationDetails
                {
                    HeldAt = FixedClock.Start.AddMinutes(-20),
                    Notes = "Dana was angry and did not want to talk about it.",
                    Agreed = "Nothing yet.",
                    ClientSharedFeelings = false,
                    Acknowledgement = Acknowledgement.Apology,
                    OfferResponse = OfferResponse.Rejected,
                    ResponseNote = "Far too little.",
                },
                Actor.Create(owner.Id, owner.DisplayName),
                FixedClock.Start.AddMinutes(-10)))
            .SaveAsync();

        await App.RefreshFiguresAsync();

        var figures = await FiguresAsync(saved.Id);
        Assert.NotNull(figures);
        var expected = HandlingFigures.Of(await ReadAsync(saved.Id), LoyaltyLevel.Cautious, App.Clock.Now);
        Assert.Equal("BD", expected.Mistakes);
        Assert.Equal((true, true, 2), (figures.MistakeB, figures.MistakeD, figures.MistakeCount));
        Assert.Equal((expected.Severity, expected.SeverityPoints), (figures.Severity, figures.SeverityPoints));
        // Cautious 2 + a large loss raised for reputation 3 + two mistakes 2: critical.
        Assert.Equal((Severity.Critical, 7), (figures.Severity, figures.SeverityPoints));
        // The demo offers a quarter of the loss: 22,500 EUR against the 90,000 EUR claim.
        Assert.Equal(0.25m, figures.OfferToLossRatio);
        Assert.Equal(expected.OfferToLossRatio, figures.OfferToLossRatio);
    }

    [Fact]
    public async Task Sending_the_recap_through_the_page_queues_the_incident_and_the_refresh_counts_the_text_and_its_blame()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var saved = await App.AnIncident(owner).AtStage(PlaybookStage.FollowUpRecap).SaveAsync();
        await App.RefreshFiguresAsync();
        Assert.Equal((1, 0), await SentAsync(saved.Id));
        Assert.Null(await CheckAtAsync(saved.Id));

        App.Clock.Now = FixedClock.Start.AddMinutes(5);
        var version = await App.WithDbAsync(db => db.Incidents.Where(i => i.Id == saved.Id).Select(i => i.Version).SingleAsync());
        await App.SendAsync(owner, m => m.Send(new RecapModel.Command { Id = saved.Id, Version = version, Text = Denial, Send = true, SendAnyway = true }));

        Assert.Equal(App.Clock.Now, await CheckAtAsync(saved.Id));
        Assert.Equal(1, await App.RefreshFiguresAsync());
        Assert.Equal((2, 1), await SentAsync(saved.Id));
        Assert.Equal(App.Clock.Now, (await FiguresAsync(saved.Id))!.ComputedAt);
    }

    [Fact]
    public async Task Mistake_a_appears_24_hours_after_discovery_without_any_write()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var discovered = FixedClock.Start.AddHours(-2);
        var saved = await App.AnIncident(owner).DiscoveredAt(discovered).LoggedAt(discovered.AddMinutes(30)).SaveAsync();

        await App.RefreshFiguresAsync();
        var before = await FiguresAsync(saved.Id);
        Assert.NotNull(before);
        Assert.False(before.MistakeA);
        Assert.Null(before.TimeToTellMinutes);
        Assert.Equal(discovered.AddHours(24).AddTicks(10), await CheckAtAsync(saved.Id));

        Assert.Equal(0, await App.RefreshFiguresAsync(discovered.AddHours(24)));
        Assert.Equal(1, await App.RefreshFiguresAsync(discovered.AddHours(24).AddMinutes(1)));

        var after = await FiguresAsync(saved.Id);
        Assert.NotNull(after);
        Assert.True(after.MistakeA);
        Assert.Equal(1, after.MistakeCount);
        Assert.Equal(before.SeverityPoints + 1, after.SeverityPoints);
        Assert.Null(await CheckAtAsync(saved.Id));
    }

    [Fact]
    public async Task A_change_of_the_clients_loyalty_recomputes_the_severity_of_its_incidents_only()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var acme = await App.AddClientAsync("Acme", LoyaltyLevel.Neutral);
        await App.AddClientAsync("Globex", LoyaltyLevel.Neutral);
        var open = await App.AnIncident(owner).SaveAsync();
        var closed = await App.AnIncident(owner).AtStage(PlaybookStage.Closed).SaveAsync();
        var other = await App.AnIncident(owner).ForClient("Globex").SaveAsync();
        await App.RefreshFiguresAsync();
        var before = await PointsAsync(open.Id, closed.Id, other.Id);

        await App.WithDbAsync(db => db.Clients.Where(c => c.Id == acme).ExecuteUpdateAsync(s => s.SetProperty(c => c.Loyalty, LoyaltyLevel.Hostile)));

        Assert.Equal(2, await App.RefreshFiguresAsync());
        // Neutral is 1 point, hostile 3.
        Assert.Equal([before[0] + 2, before[1] + 2, before[2]], await PointsAsync(open.Id, closed.Id, other.Id));
    }

    [Fact]
    public async Task Saving_an_incident_brings_a_future_check_forward_to_its_last_change()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var saved = await App.AnIncident(owner).DiscoveredAt(FixedClock.Start.AddHours(-1)).LoggedAt(FixedClock.Start.AddMinutes(-30)).SaveAsync();
        await App.RefreshFiguresAsync();
        Assert.Equal(FixedClock.Start.AddHours(23).AddTicks(10), await CheckAtAsync(saved.Id));

        var changedAt = FixedClock.Start.AddHours(1);
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "Incidents" SET "LastChangedAt" = {changedAt} WHERE "Id" = {saved.Id}"""));

        Assert.Equal(changedAt, await CheckAtAsync(saved.Id));
    }

    private async Task<int[]> PointsAsync(params long[] ids)
    {
        var points = new int[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            points[i] = (await FiguresAsync(ids[i]))!.SeverityPoints;
        }

        return points;
    }

    private async Task<(int Texts, int Blame)> SentAsync(long id)
    {
        var figures = await FiguresAsync(id);
        Assert.NotNull(figures);
        return (figures.ClientTextsSent, figures.BlameFindingsSent);
    }
}
