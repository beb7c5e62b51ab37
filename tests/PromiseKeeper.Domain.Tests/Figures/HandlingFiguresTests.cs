using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Figures;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Tests.Incidents.Playbook;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Figures;

/// <summary>
/// <see cref="HandlingFigures"/> on hand-worked incidents. The valid details: a loyal client (0 points), a 30,000 EUR
/// claim (large: 2) with reputational damage (+1), so 3 points and medium before any mistake.
/// </summary>
public class HandlingFiguresTests
{
    private const string Denial = "Dear Ana, to be clear, we never promised that date. We will still help.";

    private static readonly DateTimeOffset Discovered = Now.AddDays(-2);

    private static Incident NotToldYet() =>
        Journey.Start(Valid() with { DiscoveredAt = Discovered, ClientToldAt = null, FirstDisclosure = null }).Incident;

    [Fact]
    public void Mistake_a_and_the_handling_point_come_24_hours_after_discovery_while_the_client_has_not_heard()
    {
        var incident = NotToldYet();

        var before = HandlingFigures.Of(incident, LoyaltyLevel.Loyal, Discovered.AddHours(23));
        var atTheDeadline = HandlingFigures.Of(incident, LoyaltyLevel.Loyal, Discovered.AddHours(24));
        var after = HandlingFigures.Of(incident, LoyaltyLevel.Loyal, Discovered.AddHours(24).AddMinutes(1));

        Assert.Equal("", before.Mistakes);
        Assert.Equal((Severity.Medium, 3), (before.Severity, before.SeverityPoints));
        Assert.Equal(Discovered.AddHours(24), before.ChangesAfter);
        Assert.Equal("", atTheDeadline.Mistakes);
        Assert.Equal(Discovered.AddHours(24), atTheDeadline.ChangesAfter);
        Assert.Equal("A", after.Mistakes);
        Assert.True(after.Has('A'));
        Assert.Equal((Severity.High, 4), (after.Severity, after.SeverityPoints));
        Assert.Null(after.ChangesAfter);
        Assert.Null(after.TimeToTell);
        Assert.False(after.ToldFirst);
    }

    [Fact]
    public void Nothing_changes_with_time_once_the_client_knows_or_the_incident_is_finished()
    {
        var told = Journey.Start().Incident;
        var finished = Journey.Start(Valid() with { DiscoveredAt = Now.AddHours(-1), ClientToldAt = null, FirstDisclosure = null }).MarkNotApplicable().Incident;

        Assert.Null(HandlingFigures.Of(told, LoyaltyLevel.Loyal, Now).ChangesAfter);
        var later = HandlingFigures.Of(finished, LoyaltyLevel.Loyal, Now.AddDays(3));
        Assert.Null(later.ChangesAfter);
        Assert.Equal("", later.Mistakes);
    }

    [Fact]
    public void The_clients_loyalty_moves_severity()
    {
        var incident = Journey.Start().Incident;

        // Hostile: 3 relationship points on top of the 3 for damage.
        var figures = HandlingFigures.Of(incident, LoyaltyLevel.Hostile, Now);

        Assert.Equal((Severity.Critical, 6), (figures.Severity, figures.SeverityPoints));
    }

    [Theory]
    [InlineData(FirstDisclosure.WeToldTheClient, 90, 90, true)]
    [InlineData(FirstDisclosure.WeToldTheClient, 24 * 60, 24 * 60, true)]
    [InlineData(FirstDisclosure.ClientToldUs, 150, 150, false)]
    [InlineData(FirstDisclosure.ClientHeardElsewhere, 30, 30, false)]
    [InlineData(FirstDisclosure.ClientToldUs, -300, 0, false)]
    [InlineData(FirstDisclosure.ClientHeardElsewhere, 0, 0, false)]
    public void Time_to_tell_runs_from_discovery_until_the_client_heard_and_never_below_zero(
        FirstDisclosure disclosure, int heardMinutesAfterDiscovery, int expectedMinutes, bool toldFirst)
    {
        var incident = Journey.Start(Valid() with
        {
            DiscoveredAt = Discovered,
            ClientToldAt = Discovered.AddMinutes(heardMinutesAfterDiscovery),
            FirstDisclosure = disclosure,
        }).Incident;

        var figures = HandlingFigures.Of(incident, LoyaltyLevel.Loyal, Now);

        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), figures.TimeToTell);
        Assert.Equal(toldFirst, figures.ToldFirst);
    }

    [Fact]
    public void Sending_the_email_instead_of_a_call_tells_the_client_and_sets_the_time_to_tell()
    {
        var journey = Journey.Start(Valid() with { DiscoveredAt = Now.AddHours(-2), ClientToldAt = null, FirstDisclosure = null })
            .WalkTo(PlaybookStage.ScheduleCall);
        Assert.Null(TimeToTell.Of(journey.Incident));

        journey.WriteInstead(sent: true);

        // Discovered two hours before the journey's start; five steps to walk there, the sixth sends the email: 3 hours.
        Assert.Equal(TimeSpan.FromHours(3), TimeToTell.Of(journey.Incident));
        Assert.True(HandlingFigures.Of(journey.Incident, LoyaltyLevel.Loyal, journey.Clock).ToldFirst);
    }

    [Theory]
    [InlineData(5_000, 0.1666)]
    [InlineData(3_000, 0.1)]
    [InlineData(2_999, 0.0999)]
    [InlineData(30_000, 1)]
    [InlineData(45_000, 1.5)]
    public void The_offer_to_loss_ratio_is_the_offer_over_the_larger_loss_rounded_down(int offer, double expected)
    {
        // The claimed 30,000 EUR is larger than our 12,000.50 EUR estimate.
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption(PlaybookInputs.Option(offer));

        var figures = HandlingFigures.Of(journey.Incident, LoyaltyLevel.Loyal, journey.Clock);

        Assert.Equal((decimal)expected, figures.OfferToLossRatio);
        // Under 1:10 exactly when the page warns.
        Assert.Equal(journey.Incident.AssessOffer().IsWarning, figures.OfferToLossRatio < 0.1m);
    }

    [Fact]
    public void The_offer_to_loss_ratio_is_unknown_without_an_offer_against_a_loss_in_its_currency()
    {
        var noOffer = Journey.At(PlaybookStage.ResearchAlternatives);
        var noLoss = Journey.At(PlaybookStage.ResearchAlternatives, Valid() with
        {
            OurLossAmount = 0m, ClientClaimedLossAmount = null, ClientClaimedLossCurrency = null,
        });
        noLoss.AddOfferedOption();
        var inDollars = Journey.At(PlaybookStage.ResearchAlternatives);
        inDollars.AddOfferedOption(PlaybookInputs.Option() with { ValueToClientCurrency = "USD" });

        Assert.Null(HandlingFigures.Of(noOffer.Incident, LoyaltyLevel.Loyal, noOffer.Clock).OfferToLossRatio);
        Assert.Null(HandlingFigures.Of(noLoss.Incident, LoyaltyLevel.Loyal, noLoss.Clock).OfferToLossRatio);
        Assert.Null(HandlingFigures.Of(inDollars.Incident, LoyaltyLevel.Loyal, inDollars.Clock).OfferToLossRatio);
    }

    [Fact]
    public void Client_texts_and_blame_findings_count_only_what_was_sent()
    {
        // The call request went out with the call planned; the recap is a draft with blame language.
        var drafted = Journey.At(PlaybookStage.FollowUpRecap).SaveRecap(Denial, send: false);
        var sent = Journey.At(PlaybookStage.FollowUpRecap).SaveRecap(Denial, send: true);

        var draftedFigures = HandlingFigures.Of(drafted.Incident, LoyaltyLevel.Loyal, drafted.Clock);
        var sentFigures = HandlingFigures.Of(sent.Incident, LoyaltyLevel.Loyal, sent.Clock);

        Assert.Equal((1, 0), (draftedFigures.ClientTextsSent, draftedFigures.BlameFindingsSent));
        Assert.Equal((2, 1), (sentFigures.ClientTextsSent, sentFigures.BlameFindingsSent));
    }

    [Fact]
    public void The_mistakes_are_the_letters_the_incident_page_finds_and_feed_severity()
    {
        // The client did not get to vent (B), and we apologised but the offer was rejected (D).
        var journey = Journey.At(PlaybookStage.Conversation)
            .RecordConversation(c => c with { ClientSharedFeelings = false, OfferResponse = OfferResponse.Rejected, ResponseNote = "Not enough." });

        var figures = HandlingFigures.Of(journey.Incident, LoyaltyLevel.Loyal, journey.Clock);

        Assert.Equal("BD", figures.Mistakes);
        Assert.Equal(string.Concat(journey.Incident.FindMistakes(journey.Clock).Select(m => m.Letter)), figures.Mistakes);
        Assert.Equal((Severity.High, 5), (figures.Severity, figures.SeverityPoints));
    }
}
