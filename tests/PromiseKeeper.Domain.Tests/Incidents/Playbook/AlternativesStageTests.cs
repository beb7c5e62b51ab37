using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.Incidents.Corrections.CorrectionInputs;
using static PromiseKeeper.Domain.Tests.Incidents.Playbook.PlaybookAssert;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>Stage 2 on the incident: options, who confirmed them, the offer, and how the offer compares with the loss.</summary>
public class AlternativesStageTests
{
    [Theory]
    [InlineData(PlaybookStage.InvestigateOrigin, "Investigate the origin")]
    [InlineData(PlaybookStage.ScheduleCall, "Schedule the call")]
    [InlineData(PlaybookStage.Conversation, "The conversation")]
    [InlineData(PlaybookStage.FollowUpRecap, "Follow-up recap")]
    public void Options_can_only_be_added_while_researching_alternatives(PlaybookStage stage, string stageName)
    {
        var journey = Journey.At(stage);

        RefusedWith(journey.Incident,
            $"You can change the alternatives and the offer at the \"Research alternatives\" stage; this incident is at \"{stageName}\".",
            () => journey.Incident.AddOption(PlaybookInputs.Option(), Owner, journey.Next()));
    }

    [Fact]
    public void The_offer_cannot_be_changed_after_research()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        var option = journey.AddOfferedOption();
        journey.MoveTo(PlaybookStage.ScheduleCall);

        var error = Refused(journey.Incident, () => journey.Incident.RemoveFromOffer(option.Id, Owner, journey.Next()));

        Assert.Contains("\"Research alternatives\" stage", error.Message, StringComparison.Ordinal);
        Assert.True(option.IsOffered);
    }

    [Fact]
    public void An_option_is_kept_as_typed_and_recorded()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        var at = journey.Next();

        var option = journey.Incident.AddOption(
            new OptionDetails
            {
                Kind = CompensationKind.FreeHours,
                Description = "  Forty hours of free reporting work ",
                ClientDescription = "  Forty hours of our reporting work for you, free of charge ",
                CostToUsAmount = 3_200m,
                CostToUsCurrency = "eur",
                ValueToClientAmount = 6_000m,
                ValueToClientCurrency = " eur ",
                ConfirmedBy = " Luka Zupan ",
            },
            Owner,
            at);

        Assert.Same(option, Assert.Single(journey.Incident.Options));
        Assert.NotEqual(Guid.Empty, option.Id);
        Assert.Equal(CompensationKind.FreeHours, option.Kind);
        Assert.Equal("Forty hours of free reporting work", option.Description);
        Assert.Equal("Forty hours of our reporting work for you, free of charge", option.ClientDescription);
        Assert.Equal(new Money(3_200m, "EUR"), option.CostToUs);
        Assert.Equal(new Money(6_000m, "EUR"), option.ValueToClient);
        Assert.True(option.IsConfirmed);
        Assert.Equal("Luka Zupan", option.ConfirmedBy);
        Assert.Equal(at, option.ConfirmedAt);
        Assert.False(option.IsOffered);
        LastEvent(journey.Incident, Owner, at, "Added an option: Forty hours of free reporting work (worth 6,000.00 EUR to the client, confirmed by Luka Zupan).");
    }

    [Fact]
    public void An_unconfirmed_option_says_so_on_the_timeline()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);

        var option = journey.AddOption(PlaybookInputs.Option() with { ConfirmedBy = "  " });

        Assert.False(option.IsConfirmed);
        Assert.Null(option.ConfirmedAt);
        Assert.EndsWith(", not confirmed yet).", journey.Incident.Timeline[^1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cost_to_us_is_optional()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);

        var option = journey.AddOption(PlaybookInputs.Option() with { CostToUsAmount = null, CostToUsCurrency = null });

        Assert.Null(option.CostToUs);
    }

    [Fact]
    public void An_empty_option_is_refused_with_kind_and_both_descriptions()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);

        RefusedFor(journey.Incident, () => journey.Incident.AddOption(new OptionDetails(), Owner, journey.Next()),
            nameof(OptionDetails.Kind), nameof(OptionDetails.Description), nameof(OptionDetails.ClientDescription));
        Assert.Empty(journey.Incident.Options);
    }

    [Fact]
    public void An_option_may_have_no_money_value_and_is_then_not_counted_as_nothing()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);

        var option = journey.AddOfferedOption(PlaybookInputs.Option() with { ValueToClientAmount = null, ValueToClientCurrency = null });

        Assert.Null(option.ValueToClient);
        Assert.Equal(ProportionalityVerdict.NotInMoney, journey.Incident.AssessOffer().Verdict);
        Assert.Contains(journey.Incident.Timeline, e => e.Description.Contains("(no money value, confirmed by", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_of_nothing_is_refused_with_a_hint_to_leave_it_empty()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);

        RefusedFor(journey.Incident,
            () => journey.Incident.AddOption(PlaybookInputs.Option(0m), Owner, journey.Next()),
            nameof(OptionDetails.ValueToClientAmount));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void A_value_needs_a_currency(string? currency)
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);

        RefusedFor(journey.Incident,
            () => journey.Incident.AddOption(PlaybookInputs.Option() with { ValueToClientCurrency = currency }, Owner, journey.Next()),
            nameof(OptionDetails.ValueToClientCurrency));
    }

    [Theory]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData("€")]
    [InlineData("E1R")]
    public void A_value_needs_a_three_letter_currency_code(string currency)
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);

        RefusedFor(journey.Incident,
            () => journey.Incident.AddOption(PlaybookInputs.Option() with { ValueToClientCurrency = currency }, Owner, journey.Next()),
            nameof(OptionDetails.ValueToClientCurrency));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10.005)]
    public void A_value_must_be_a_plain_non_negative_amount(double amount)
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);

        RefusedFor(journey.Incident,
            () => journey.Incident.AddOption(PlaybookInputs.Option() with { ValueToClientAmount = (decimal)amount }, Owner, journey.Next()),
            nameof(OptionDetails.ValueToClientAmount));
    }

    [Fact]
    public void A_cost_without_a_currency_is_refused()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);

        RefusedFor(journey.Incident,
            () => journey.Incident.AddOption(PlaybookInputs.Option() with { CostToUsCurrency = null }, Owner, journey.Next()),
            nameof(OptionDetails.CostToUsCurrency));
    }

    [Fact]
    public void Confirming_an_option_records_who_confirmed_it()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        var option = journey.AddOption(PlaybookInputs.Option() with { ConfirmedBy = null });
        var at = journey.Next();

        journey.Incident.ConfirmOption(option.Id, "  Nina Kralj ", Owner, at);

        Assert.True(option.IsConfirmed);
        Assert.Equal("Nina Kralj", option.ConfirmedBy);
        Assert.Equal(at, option.ConfirmedAt);
        LastEvent(journey.Incident, Owner, at, "Nina Kralj confirmed we can deliver: Discount on the next three invoices.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Confirming_needs_a_name(string? name)
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        var option = journey.AddOption(PlaybookInputs.Option() with { ConfirmedBy = null });

        RefusedFor(journey.Incident, () => journey.Incident.ConfirmOption(option.Id, name, Owner, journey.Next()), "ConfirmedBy");
        Assert.False(option.IsConfirmed);
    }

    [Fact]
    public void An_unknown_option_cannot_be_confirmed_or_offered()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        const string Unknown = "That option is not part of this incident; reload the page to see the current options.";

        RefusedWith(journey.Incident, Unknown, () => journey.Incident.ConfirmOption(Guid.NewGuid(), "Nina Kralj", Owner, journey.Next()));
        RefusedWith(journey.Incident, Unknown, () => journey.Incident.AddToOffer(Guid.NewGuid(), Owner, journey.Next()));
        RefusedWith(journey.Incident, Unknown, () => journey.Incident.RemoveFromOffer(Guid.NewGuid(), Owner, journey.Next()));
    }

    [Fact]
    public void An_unconfirmed_option_cannot_be_offered()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        var option = journey.AddOption(PlaybookInputs.Option() with { ConfirmedBy = null });

        RefusedWith(journey.Incident,
            "\"Discount on the next three invoices\" cannot be offered yet: first ask the team or a manager to confirm we can deliver it, and record who confirmed it.",
            () => journey.Incident.AddToOffer(option.Id, Owner, journey.Next()));
        Assert.False(option.IsOffered);
        Assert.Empty(journey.Incident.Offer);
    }

    [Fact]
    public void Once_confirmed_the_option_can_be_offered()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        var option = journey.AddOption(PlaybookInputs.Option() with { ConfirmedBy = null });
        journey.Incident.ConfirmOption(option.Id, "Nina Kralj", Owner, journey.Next());
        var at = journey.Next();

        journey.Incident.AddToOffer(option.Id, Owner, at);

        Assert.True(option.IsOffered);
        Assert.Equal([option], journey.Incident.Offer);
        LastEvent(journey.Incident, Owner, at, "Added to the offer: Discount on the next three invoices.");
    }

    [Fact]
    public void Offering_an_option_twice_changes_nothing_the_second_time()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        var option = journey.AddOfferedOption();
        var events = journey.Incident.Timeline.Count;
        var lastChanged = journey.Incident.LastChangedAt;

        journey.Incident.AddToOffer(option.Id, Owner, journey.Next());

        Assert.True(option.IsOffered);
        Assert.Single(journey.Incident.Offer);
        Assert.Equal(events, journey.Incident.Timeline.Count);
        Assert.Equal(lastChanged, journey.Incident.LastChangedAt);
    }

    [Fact]
    public void An_option_can_be_taken_out_of_the_offer()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        var kept = journey.AddOfferedOption();
        var removed = journey.AddOfferedOption(PlaybookInputs.Option(800m, "Free training day"));
        var at = journey.Next();

        journey.Incident.RemoveFromOffer(removed.Id, Owner, at);

        Assert.False(removed.IsOffered);
        Assert.Equal([kept], journey.Incident.Offer);
        Assert.Equal(2, journey.Incident.Options.Count);
        LastEvent(journey.Incident, Owner, at, "Took out of the offer: Free training day.");
    }

    [Fact]
    public void Taking_out_an_option_that_is_not_offered_changes_nothing()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        var option = journey.AddOption();
        var events = journey.Incident.Timeline.Count;

        journey.Incident.RemoveFromOffer(option.Id, Owner, journey.Next());

        Assert.Equal(events, journey.Incident.Timeline.Count);
    }

    [Theory]
    [InlineData(1_000, ProportionalityVerdict.FarTooSmall)]
    [InlineData(2_999.99, ProportionalityVerdict.FarTooSmall)]
    [InlineData(3_000, ProportionalityVerdict.Proportionate)]
    [InlineData(5_000, ProportionalityVerdict.Proportionate)]
    public void The_offer_is_compared_with_the_clients_claim_when_it_is_the_larger_loss(double offered, ProportionalityVerdict verdict)
    {
        // Our estimate is 12,000.50 EUR, the client claims 30,000 EUR: the claim counts.
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption(PlaybookInputs.Option((decimal)offered));

        var assessment = journey.Incident.AssessOffer();

        Assert.Equal(verdict, assessment.Verdict);
        Assert.Equal(new Money(30_000m, "EUR"), assessment.Loss);
        Assert.Equal(new Money((decimal)offered, "EUR"), assessment.OfferValue);
    }

    [Fact]
    public void The_offer_is_compared_with_our_estimate_when_it_is_the_larger_loss()
    {
        var journey = Journey.Start(Valid() with { OurLossAmount = 40_000m, ClientClaimedLossAmount = 20_000m }).WalkTo(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption(PlaybookInputs.Option(3_500m));

        var assessment = journey.Incident.AssessOffer();

        Assert.Equal(new Money(40_000m, "EUR"), assessment.Loss);
        Assert.Equal(ProportionalityVerdict.FarTooSmall, assessment.Verdict);
    }

    [Fact]
    public void Options_that_are_not_offered_do_not_count_in_the_assessment()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption(PlaybookInputs.Option(1_000m));
        journey.AddOption(PlaybookInputs.Option(50_000m, "Full refund"));

        var assessment = journey.Incident.AssessOffer();

        Assert.Equal(new Money(1_000m, "EUR"), assessment.OfferValue);
        Assert.True(assessment.IsWarning);
    }

    [Fact]
    public void Offered_options_are_added_up()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption(PlaybookInputs.Option(1_000m));
        journey.AddOfferedOption(PlaybookInputs.Option(2_500m, "Free training day"));

        var assessment = journey.Incident.AssessOffer();

        Assert.Equal(new Money(3_500m, "EUR"), assessment.OfferValue);
        Assert.Equal(ProportionalityVerdict.Proportionate, assessment.Verdict);
    }

    [Fact]
    public void Without_an_offer_there_is_nothing_to_assess()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        journey.AddOption(PlaybookInputs.Option(50_000m));

        Assert.Equal(ProportionalityVerdict.NoOffer, journey.Incident.AssessOffer().Verdict);
    }

    [Fact]
    public void Without_any_loss_figure_the_loss_is_unknown()
    {
        // Leaving the first stage needs a figure; a later correction may take it away again (it was wrong).
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        var incident = journey.Incident;
        incident.CorrectRecord(
            Parse(AsRecorded(incident) with { OurLossAmount = null, OurLossCurrency = null, ClientClaimedLossAmount = null, ClientClaimedLossCurrency = null }),
            Owner,
            Now);
        journey.AddOfferedOption();

        Assert.Equal(ProportionalityVerdict.LossUnknown, journey.Incident.AssessOffer().Verdict);
    }
}
