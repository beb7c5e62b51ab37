using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary><see cref="Incident.AssessSeverity"/>: the incident's own record feeds the damage and the handling factors.</summary>
public class SeverityOnIncidentTests
{
    private static int Points(SeverityAssessment assessment, string factor) => assessment.Factors.Single(f => f.Name == factor).Points;

    [Fact]
    public void Two_mistakes_raise_the_level_of_the_same_incident()
    {
        // Loyal client (0), a 30,000 EUR claim with reputational damage (3): medium without mistakes.
        var clean = Journey.At(PlaybookStage.Conversation).RecordConversation();
        var mishandled = Journey.At(PlaybookStage.Conversation)
            .RecordConversation(c => c with { ClientSharedFeelings = false, OfferResponse = OfferResponse.Rejected, ResponseNote = "Not enough." });
        Assert.Equal(2, mishandled.Incident.FindMistakes(mishandled.Clock).Count);

        var before = clean.Incident.AssessSeverity(LoyaltyLevel.Loyal, clean.Clock);
        var after = mishandled.Incident.AssessSeverity(LoyaltyLevel.Loyal, mishandled.Clock);

        Assert.Equal(0, Points(before, SeverityRules.Handling));
        Assert.Equal(Severity.Medium, before.Level);
        Assert.Equal(2, Points(after, SeverityRules.Handling));
        Assert.Equal(Severity.High, after.Level);
        Assert.Equal(before.TotalPoints + 2, after.TotalPoints);
    }

    [Fact]
    public void One_mistake_adds_one_handling_point()
    {
        var journey = Journey.At(PlaybookStage.Conversation).RecordConversation(c => c with { ClientSharedFeelings = false });

        var assessment = journey.Incident.AssessSeverity(LoyaltyLevel.Loyal, journey.Clock);

        Assert.Equal(1, Points(assessment, SeverityRules.Handling));
        Assert.Equal(4, assessment.TotalPoints);
    }

    [Fact]
    public void Waiting_too_long_to_tell_the_client_raises_the_severity_over_time()
    {
        var journey = Journey.Start(Valid() with { DiscoveredAt = Now.AddHours(-2), ClientToldAt = null, FirstDisclosure = null });

        var early = journey.Incident.AssessSeverity(LoyaltyLevel.Loyal, Now);
        var late = journey.Incident.AssessSeverity(LoyaltyLevel.Loyal, Now.AddHours(23));

        Assert.Equal(0, Points(early, SeverityRules.Handling));
        Assert.Equal(1, Points(late, SeverityRules.Handling));
        Assert.Equal(Severity.Medium, early.Level);
        Assert.Equal(Severity.High, late.Level);
    }

    [Fact]
    public void The_clients_damage_estimate_from_the_conversation_feeds_the_damage_factor()
    {
        var journey = Journey.Start(Valid() with
        {
            Damage = DamageKinds.Delay,
            OurLossAmount = 500m,
            ClientClaimedLossAmount = null,
            ClientClaimedLossCurrency = null,
        }).WalkTo(PlaybookStage.Conversation);
        Assert.Equal(0, Points(journey.Incident.AssessSeverity(LoyaltyLevel.Loyal, journey.Clock), SeverityRules.Damage));

        journey.RecordConversation(c => c with { ClientDamageAmount = 150_000m, ClientDamageCurrency = "EUR" });

        var assessment = journey.Incident.AssessSeverity(LoyaltyLevel.Loyal, journey.Clock);
        Assert.Equal(3, Points(assessment, SeverityRules.Damage));
        Assert.Equal(Severity.Medium, assessment.Level);
    }

    [Theory]
    [InlineData(LoyaltyLevel.Advocate, Severity.Medium)]
    [InlineData(LoyaltyLevel.Cautious, Severity.High)]
    [InlineData(LoyaltyLevel.Hostile, Severity.Critical)]
    public void The_relationship_is_passed_in_from_the_client(LoyaltyLevel loyalty, Severity level)
    {
        var journey = Journey.Start();

        Assert.Equal(level, journey.Incident.AssessSeverity(loyalty, Now).Level);
    }

    [Fact]
    public void The_assessment_shows_all_three_factors()
    {
        var journey = Journey.Start();

        var assessment = journey.Incident.AssessSeverity(LoyaltyLevel.Loyal, Now);

        Assert.Equal([SeverityRules.Relationship, SeverityRules.Damage, SeverityRules.Handling], assessment.Factors.Select(f => f.Name));
        Assert.Equal(assessment.Factors.Sum(f => f.Points), assessment.TotalPoints);
        Assert.Contains("30,000.00 EUR", assessment.Factors[1].Reason, StringComparison.Ordinal);
    }
}
