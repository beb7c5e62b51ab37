using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests;

/// <summary><see cref="Incident.Log(IncidentDetails, Actor, DateTimeOffset, int?)"/>: what a newly logged incident holds, and when logging is refused.</summary>
public class LogIncidentTests
{
    private static readonly TimeSpan _plusTwo = TimeSpan.FromHours(2);
    private static readonly TimeSpan _plusThree = TimeSpan.FromHours(3);

    [Fact]
    public void Copies_every_field_and_trims_the_texts()
    {
        var details = Valid() with
        {
            ClientId = 7,
            Summary = "  Wrong totals in the Q2 report \n",
            Kind = IncidentKind.PoorQualityOrWrongResult,
            ContactName = " Ana Novak ",
            ContactRole = " Head of Finance ",
            ContactEmail = " ana.novak@example.com ",
            PromiseDescription = "\tTotals reconciled with the ledger to the cent. ",
            PromisedBy = " Peter Horvat ",
            PromisedByHasLeft = true,
            PromisedOn = new DateOnly(2025, 2, 3),
            PromiseChannel = PromiseChannel.ContractClause,
            ContractReference = "  SOW 3, section 2.1  ",
            ClientGoals = "  Pass the external audit.  ",
            Fault = Fault.ThirdParty,
            Damage = DamageKinds.QualityOrWrongResult | DamageKinds.Reputation,
            OurLossAmount = 1_500.25m,
            OurLossCurrency = "USD",
            ClientClaimedLossAmount = 9_000m,
            ClientClaimedLossCurrency = "USD",
            PersonalHarm = PersonalHarm.Serious,
            PersonalHarmNote = "  Her CFO saw the wrong numbers. ",
            DiscoveredAt = new DateTimeOffset(2025, 6, 12, 9, 30, 0, TimeSpan.Zero),
            ClientToldAt = new DateTimeOffset(2025, 6, 12, 15, 0, 0, TimeSpan.Zero),
            FirstDisclosure = FirstDisclosure.ClientToldUs,
        };

        var incident = Incident.Log(details, Owner, Now);

        Assert.Equal(7, incident.ClientId);
        Assert.Equal("Wrong totals in the Q2 report", incident.Summary);
        Assert.Equal(IncidentKind.PoorQualityOrWrongResult, incident.Kind);
        Assert.Equal("Ana Novak", incident.ContactName);
        Assert.Equal("Head of Finance", incident.ContactRole);
        Assert.Equal("ana.novak@example.com", incident.ContactEmail);
        Assert.Equal("Totals reconciled with the ledger to the cent.", incident.PromiseDescription);
        Assert.Equal("Peter Horvat", incident.PromisedBy);
        Assert.True(incident.PromisedByHasLeft);
        Assert.Equal(new DateOnly(2025, 2, 3), incident.PromisedOn);
        Assert.Equal(PromiseChannel.ContractClause, incident.PromiseChannel);
        Assert.Equal("SOW 3, section 2.1", incident.ContractReference);
        Assert.Equal("Pass the external audit.", incident.ClientGoals);
        Assert.Equal(Fault.ThirdParty, incident.Fault);
        Assert.Equal(DamageKinds.QualityOrWrongResult | DamageKinds.Reputation, incident.Damage);
        Assert.Equal(new Money(1_500.25m, "USD"), incident.OurLossEstimate);
        Assert.Equal(new Money(9_000m, "USD"), incident.ClientClaimedLoss);
        Assert.Equal(PersonalHarm.Serious, incident.PersonalHarm);
        Assert.Equal("Her CFO saw the wrong numbers.", incident.PersonalHarmNote);
        Assert.Equal(new DateTimeOffset(2025, 6, 12, 9, 30, 0, TimeSpan.Zero), incident.DiscoveredAt);
        Assert.Equal(new DateTimeOffset(2025, 6, 12, 15, 0, 0, TimeSpan.Zero), incident.ClientToldAt);
        Assert.Equal(FirstDisclosure.ClientToldUs, incident.FirstDisclosure);
    }

    [Fact]
    public void Starts_at_investigating_the_origin()
    {
        Assert.Equal(PlaybookStage.InvestigateOrigin, Incident.Log(Valid(), Owner, Now).Stage);
    }

    [Fact]
    public void The_person_who_logs_it_owns_it()
    {
        var incident = Incident.Log(Valid(), new Actor("am-3", "Luka Zupan"), Now);

        Assert.Equal("am-3", incident.OwnerId);
    }

    [Fact]
    public void Logged_time_is_now_in_utc()
    {
        var nowAtPlusTwo = Now.ToOffset(_plusTwo);

        var incident = Incident.Log(Valid(), Owner, nowAtPlusTwo);

        Assert.Equal(Now.UtcDateTime, incident.LoggedAt.UtcDateTime);
        Assert.Equal(TimeSpan.Zero, incident.LoggedAt.Offset);
    }

    [Fact]
    public void Discovery_and_client_told_times_are_stored_in_utc()
    {
        var discoveredAt = new DateTimeOffset(2025, 6, 13, 11, 0, 0, _plusThree);
        var clientToldAt = new DateTimeOffset(2025, 6, 13, 18, 45, 0, _plusThree);

        var incident = Incident.Log(Valid() with { DiscoveredAt = discoveredAt, ClientToldAt = clientToldAt }, Owner, Now);

        Assert.Equal(new DateTimeOffset(2025, 6, 13, 8, 0, 0, TimeSpan.Zero), incident.DiscoveredAt);
        Assert.Equal(TimeSpan.Zero, incident.DiscoveredAt.Offset);
        Assert.Equal(new DateTimeOffset(2025, 6, 13, 15, 45, 0, TimeSpan.Zero), incident.ClientToldAt);
        Assert.Equal(TimeSpan.Zero, incident.ClientToldAt!.Value.Offset);
    }

    [Fact]
    public void Client_not_told_yet_is_stored_as_no_time_and_no_disclosure()
    {
        var incident = Incident.Log(Valid() with { ClientToldAt = null, FirstDisclosure = null }, Owner, Now);

        Assert.Null(incident.ClientToldAt);
        Assert.Null(incident.FirstDisclosure);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_optional_texts_are_stored_as_null(string? blank)
    {
        var details = Valid() with
        {
            ContactRole = blank,
            ContactEmail = blank,
            PromiseChannel = PromiseChannel.Meeting,
            ContractReference = blank,
            PersonalHarm = PersonalHarm.Some,
            PersonalHarmNote = blank,
        };

        var incident = Incident.Log(details, Owner, Now);

        Assert.Null(incident.ContactRole);
        Assert.Null(incident.ContactEmail);
        Assert.Null(incident.ContractReference);
        Assert.Null(incident.PersonalHarmNote);
    }

    [Fact]
    public void Personal_harm_note_is_dropped_when_there_is_no_personal_harm()
    {
        var details = Valid() with { PersonalHarm = PersonalHarm.None, PersonalHarmNote = "Not relevant any more." };

        var incident = Incident.Log(details, Owner, Now);

        Assert.Equal(PersonalHarm.None, incident.PersonalHarm);
        Assert.Null(incident.PersonalHarmNote);
    }

    [Fact]
    public void Losses_without_an_amount_are_stored_as_null()
    {
        var details = Valid() with
        {
            OurLossAmount = null,
            OurLossCurrency = null,
            ClientClaimedLossAmount = null,
            ClientClaimedLossCurrency = null,
        };

        var incident = Incident.Log(details, Owner, Now);

        Assert.Null(incident.OurLossEstimate);
        Assert.Null(incident.ClientClaimedLoss);
    }

    [Fact]
    public void Timeline_starts_with_the_logged_event_by_the_owner()
    {
        var owner = new Actor("am-3", "Luka Zupan");

        var incident = Incident.Log(Valid(), owner, Now.ToOffset(_plusTwo));

        var logged = Assert.Single(incident.Timeline);
        Assert.Equal("am-3", logged.ActorId);
        Assert.Equal("Luka Zupan", logged.ActorName);
        Assert.Equal(Now, logged.OccurredAt);
        Assert.Equal(TimeSpan.Zero, logged.OccurredAt.Offset);
        Assert.StartsWith("Logged", logged.Description, StringComparison.Ordinal);
        Assert.False(incident.IsContractLinked);
    }

    [Fact]
    public void Contract_linked_incident_gets_a_second_event_for_legal_review()
    {
        var details = Valid() with { PromiseChannel = PromiseChannel.ContractClause, ContractReference = " MSA 2024-07, clause 4.2 " };

        var incident = Incident.Log(details, Owner, Now);

        Assert.True(incident.IsContractLinked);
        Assert.Collection(
            incident.Timeline,
            logged => Assert.StartsWith("Logged", logged.Description, StringComparison.Ordinal),
            linked =>
            {
                Assert.Equal(Owner.UserId, linked.ActorId);
                Assert.Equal(Owner.DisplayName, linked.ActorName);
                Assert.Equal(Now, linked.OccurredAt);
                Assert.Contains("(MSA 2024-07, clause 4.2)", linked.Description, StringComparison.Ordinal);
                Assert.Contains("legal", linked.Description, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void A_contract_reference_makes_it_contract_linked_whatever_the_channel()
    {
        var incident = Incident.Log(Valid() with { PromiseChannel = PromiseChannel.Email, ContractReference = "SLA v2" }, Owner, Now);

        Assert.True(incident.IsContractLinked);
        Assert.Equal(2, incident.Timeline.Count);
    }

    [Fact]
    public void Refuses_invalid_details_with_every_violation()
    {
        var details = Valid() with
        {
            ClientId = 0,
            Summary = " ",
            Damage = (DamageKinds)64,
            OurLossCurrency = "eur",
        };

        var exception = Assert.Throws<DomainException>(() => Incident.Log(details, Owner, Now));

        Assert.Equal(
            [
                nameof(IncidentDetails.ClientId),
                nameof(IncidentDetails.Damage),
                nameof(IncidentDetails.OurLossCurrency),
                nameof(IncidentDetails.Summary),
            ],
            exception.Violations.Fields());
        Assert.Equal(details.Check(Now), exception.Violations);
        Assert.All(exception.Violations, v => Assert.Contains(v.Message, exception.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Checks_the_details_against_the_given_time()
    {
        // Valid at the fixed "now", but an hour earlier the discovery time lies in the future.
        var details = Valid() with { DiscoveredAt = Now, ClientToldAt = null, FirstDisclosure = null };

        var exception = Assert.Throws<DomainException>(() => Incident.Log(details, Owner, Now.AddHours(-1)));

        Assert.Equal([nameof(IncidentDetails.DiscoveredAt)], exception.Violations.Fields());
    }

    [Fact]
    public void Needs_details_and_an_owner()
    {
        Assert.Throws<ArgumentNullException>(() => Incident.Log((IncidentDetails)null!, Owner, Now));
        Assert.Throws<ArgumentNullException>(() => Incident.Log(Valid(), null!, Now));
    }
}
