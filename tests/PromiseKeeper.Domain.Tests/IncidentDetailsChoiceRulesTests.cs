using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests;

/// <summary>
/// The rules of <see cref="IncidentDetails.Check"/> about choices: the client, the enums (values cast
/// from ints that are not defined), the damage flags and the contract reference a contract clause needs.
/// </summary>
public class IncidentDetailsChoiceRulesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Client_id_that_is_not_positive_is_a_violation(int clientId)
    {
        AssertViolations(Valid() with { ClientId = clientId }, nameof(IncidentDetails.ClientId));
    }

    [Fact]
    public void Client_id_of_one_passes()
    {
        AssertViolations(Valid() with { ClientId = 1 });
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(8)]
    [InlineData(99)]
    public void Kind_that_is_not_defined_is_a_violation(int kind)
    {
        AssertViolations(Valid() with { Kind = (IncidentKind)kind }, nameof(IncidentDetails.Kind));
    }

    [Fact]
    public void Every_defined_kind_passes()
    {
        Assert.All(Enum.GetValues<IncidentKind>(), kind => AssertViolations(Valid() with { Kind = kind }));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    [InlineData(99)]
    public void Promise_channel_that_is_not_defined_is_a_violation(int channel)
    {
        AssertViolations(Valid() with { PromiseChannel = (PromiseChannel)channel }, nameof(IncidentDetails.PromiseChannel));
    }

    [Fact]
    public void Every_defined_promise_channel_passes_when_it_has_a_contract_reference()
    {
        Assert.All(
            Enum.GetValues<PromiseChannel>(),
            channel => AssertViolations(Valid() with { PromiseChannel = channel, ContractReference = "MSA 2024-07, clause 4.2" }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Contract_clause_without_a_contract_reference_is_a_violation_of_the_reference(string? reference)
    {
        AssertViolations(
            Valid() with { PromiseChannel = PromiseChannel.ContractClause, ContractReference = reference },
            nameof(IncidentDetails.ContractReference));
    }

    [Fact]
    public void Contract_clause_with_a_contract_reference_passes()
    {
        AssertViolations(Valid() with { PromiseChannel = PromiseChannel.ContractClause, ContractReference = "SOW 3, section 2.1" });
    }

    [Fact]
    public void Contract_clause_with_a_too_long_reference_is_one_violation_of_the_reference()
    {
        var details = Valid() with
        {
            PromiseChannel = PromiseChannel.ContractClause,
            ContractReference = new string('x', IncidentDetails.ContractReferenceMaxLength + 1),
        };

        AssertViolations(details, nameof(IncidentDetails.ContractReference));
    }

    [Theory]
    [InlineData(PromiseChannel.Email)]
    [InlineData(PromiseChannel.Call)]
    [InlineData(PromiseChannel.Meeting)]
    [InlineData(PromiseChannel.SalesMaterial)]
    public void Other_channels_need_no_contract_reference(PromiseChannel channel)
    {
        AssertViolations(Valid() with { PromiseChannel = channel, ContractReference = null });
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    [InlineData(99)]
    public void Fault_that_is_not_defined_is_a_violation(int fault)
    {
        AssertViolations(Valid() with { Fault = (Fault)fault }, nameof(IncidentDetails.Fault));
    }

    [Fact]
    public void Every_defined_fault_passes()
    {
        Assert.All(Enum.GetValues<Fault>(), fault => AssertViolations(Valid() with { Fault = fault }));
    }

    [Fact]
    public void No_damage_yet_is_allowed_at_logging()
    {
        AssertViolations(Valid() with { Damage = DamageKinds.None });
    }

    [Theory]
    [InlineData(8)]
    [InlineData(8 | 1)]
    [InlineData(16 | 7)]
    [InlineData(-1)]
    public void Damage_with_a_flag_that_is_not_listed_is_a_violation(int damage)
    {
        AssertViolations(Valid() with { Damage = (DamageKinds)damage }, nameof(IncidentDetails.Damage));
    }

    [Theory]
    [InlineData(DamageKinds.Delay)]
    [InlineData(DamageKinds.QualityOrWrongResult)]
    [InlineData(DamageKinds.Reputation)]
    [InlineData(DamageKinds.Delay | DamageKinds.QualityOrWrongResult)]
    [InlineData(DamageKinds.Delay | DamageKinds.Reputation)]
    [InlineData(DamageKinds.QualityOrWrongResult | DamageKinds.Reputation)]
    [InlineData(DamageKinds.Delay | DamageKinds.QualityOrWrongResult | DamageKinds.Reputation)]
    public void Any_combination_of_the_listed_damage_kinds_passes(DamageKinds damage)
    {
        AssertViolations(Valid() with { Damage = damage });
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData(99)]
    public void Personal_harm_that_is_not_defined_is_a_violation(int harm)
    {
        AssertViolations(Valid() with { PersonalHarm = (PersonalHarm)harm }, nameof(IncidentDetails.PersonalHarm));
    }

    [Fact]
    public void Every_defined_personal_harm_passes()
    {
        Assert.All(Enum.GetValues<PersonalHarm>(), harm => AssertViolations(Valid() with { PersonalHarm = harm }));
    }
}
