using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Tests;

/// <summary><see cref="Client.Create(string, LoyaltyLevel, DateTimeOffset, string)"/>, <see cref="Client.Parse"/> and <see cref="Client.Change"/>: a client needs a name, a defined loyalty and a supported language.</summary>
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
        var violation = Assert.Single(Client.Parse(name, LoyaltyLevel.Neutral, Languages.English).Violations);

        Assert.Equal("Name", violation.Field);
    }

    [Fact]
    public void Name_of_exactly_the_maximum_length_passes()
    {
        Assert.Empty(Client.Parse(new string('n', Client.NameMaxLength), LoyaltyLevel.Neutral, Languages.English).Violations);
    }

    [Fact]
    public void Name_one_character_over_the_maximum_length_is_a_violation()
    {
        var violation = Assert.Single(Client.Parse(new string('n', Client.NameMaxLength + 1), LoyaltyLevel.Neutral, Languages.English).Violations);

        Assert.Equal("Name", violation.Field);
    }

    [Fact]
    public void Surrounding_whitespace_does_not_count_towards_the_maximum_length()
    {
        var name = "  " + new string('n', Client.NameMaxLength) + "  ";

        Assert.Empty(Client.Parse(name, LoyaltyLevel.Neutral, Languages.English).Violations);
        Assert.Equal(Client.NameMaxLength, Client.Create(name, LoyaltyLevel.Neutral, _now).Name.Length);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    [InlineData(99)]
    public void Loyalty_that_is_not_defined_is_a_violation(int loyalty)
    {
        var violation = Assert.Single(Client.Parse("Northwind Traders", (LoyaltyLevel)loyalty, Languages.English).Violations);

        Assert.Equal("Loyalty", violation.Field);
    }

    [Fact]
    public void Every_defined_loyalty_passes()
    {
        Assert.All(Enum.GetValues<LoyaltyLevel>(), loyalty => Assert.Empty(Client.Parse("Northwind Traders", loyalty, Languages.English).Violations));
    }

    [Fact]
    public void Check_reports_both_a_missing_name_and_an_undefined_loyalty()
    {
        var fields = Client.Parse(" ", (LoyaltyLevel)42, Languages.English).Violations.Select(v => v.Field);

        Assert.Equal(["Name", "Loyalty"], fields);
    }

    [Fact]
    public void Create_refuses_an_invalid_client_with_the_violations()
    {
        var exception = Assert.Throws<DomainException>(() => Client.Create("", (LoyaltyLevel)42, _now));

        Assert.Equal(["Name", "Loyalty"], exception.Violations.Select(v => v.Field));
    }

    [Fact]
    public void A_client_is_written_to_in_english_unless_another_language_is_chosen()
    {
        Assert.Equal(Languages.English, Client.Create("Northwind Traders", LoyaltyLevel.Neutral, _now).Language);
        Assert.Equal(Languages.Slovenian, Client.Create("Lipa d.o.o.", LoyaltyLevel.Neutral, _now, Languages.Slovenian).Language);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("de")]
    [InlineData("RU")]
    [InlineData("ru-RU")]
    public void A_language_that_is_not_supported_is_refused(string? language)
    {
        var violation = Assert.Single(Client.Parse("Northwind Traders", LoyaltyLevel.Neutral, language).Violations);

        Assert.Equal("Language", violation.Field);
    }

    [Fact]
    public void Change_renames_the_client_and_sets_its_language()
    {
        var client = Client.Create("Northwind Traders", LoyaltyLevel.Loyal, _now);

        client.Change(Client.ParseChanges("  Северный Ветер ", Languages.Russian).OrThrow());

        Assert.Equal("Северный Ветер", client.Name);
        Assert.Equal(Languages.Russian, client.Language);
        Assert.Equal(LoyaltyLevel.Loyal, client.Loyalty);
    }

    [Fact]
    public void Changes_are_checked_like_a_new_client()
    {
        var fields = Client.ParseChanges(" ", "xx").Violations.Select(v => v.Field);

        Assert.Equal(["Name", "Language"], fields);
    }
}
