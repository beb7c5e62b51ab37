using PromiseKeeper.Domain.Clients;

namespace PromiseKeeper.Domain.Tests;

/// <summary><see cref="Client.Create(string, LoyaltyLevel, DateTimeOffset)"/> and <see cref="Client.Parse"/>: a client needs a name and a defined loyalty.</summary>
public class ClientTests
{
    private static readonly DateTimeOffset _now = new(2025, 6, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_keeps_the_trimmed_name_and_the_loyalty()
    {
        var client = Client.Create("  Northwind Traders \n", LoyaltyLevel.Loyal, _now);

        Assert.Equal("Northwind Traders", client.Name);
        Assert.Equal(LoyaltyLevel.Loyal, client.Loyalty);
    }

    [Fact]
    public void Create_stores_the_creation_time_in_utc()
    {
        var client = Client.Create("Northwind Traders", LoyaltyLevel.Neutral, _now.ToOffset(TimeSpan.FromHours(2)));

        Assert.Equal(_now, client.CreatedAt);
        Assert.Equal(TimeSpan.Zero, client.CreatedAt.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Name_that_is_missing_or_blank_is_a_violation(string? name)
    {
        var violation = Assert.Single(Client.Parse(name, LoyaltyLevel.Neutral).Violations);

        Assert.Equal("Name", violation.Field);
    }

    [Fact]
    public void Name_of_exactly_the_maximum_length_passes()
    {
        Assert.Empty(Client.Parse(new string('n', Client.NameMaxLength), LoyaltyLevel.Neutral).Violations);
    }

    [Fact]
    public void Name_one_character_over_the_maximum_length_is_a_violation()
    {
        var violation = Assert.Single(Client.Parse(new string('n', Client.NameMaxLength + 1), LoyaltyLevel.Neutral).Violations);

        Assert.Equal("Name", violation.Field);
    }

    [Fact]
    public void Surrounding_whitespace_does_not_count_towards_the_maximum_length()
    {
        var name = "  " + new string('n', Client.NameMaxLength) + "  ";

        Assert.Empty(Client.Parse(name, LoyaltyLevel.Neutral).Violations);
        Assert.Equal(Client.NameMaxLength, Client.Create(name, LoyaltyLevel.Neutral, _now).Name.Length);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    [InlineData(99)]
    public void Loyalty_that_is_not_defined_is_a_violation(int loyalty)
    {
        var violation = Assert.Single(Client.Parse("Northwind Traders", (LoyaltyLevel)loyalty).Violations);

        Assert.Equal("Loyalty", violation.Field);
    }

    [Fact]
    public void Every_defined_loyalty_passes()
    {
        Assert.All(Enum.GetValues<LoyaltyLevel>(), loyalty => Assert.Empty(Client.Parse("Northwind Traders", loyalty).Violations));
    }

    [Fact]
    public void Check_reports_both_a_missing_name_and_an_undefined_loyalty()
    {
        var fields = Client.Parse(" ", (LoyaltyLevel)42).Violations.Select(v => v.Field);

        Assert.Equal(["Name", "Loyalty"], fields);
    }

    [Fact]
    public void Create_refuses_an_invalid_client_with_the_violations()
    {
        var exception = Assert.Throws<DomainException>(() => Client.Create("", (LoyaltyLevel)42, _now));

        Assert.Equal(["Name", "Loyalty"], exception.Violations.Select(v => v.Field));
    }
}
