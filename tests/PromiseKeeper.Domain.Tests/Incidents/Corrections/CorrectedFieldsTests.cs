using NodaTime;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Tests.Incidents.Corrections;

/// <summary><see cref="CorrectedFields"/>: a correction's field and values in the reader's words, for keyed rows and rows stored before keys.</summary>
public class CorrectedFieldsTests
{
    private static readonly DateTimeZone Ljubljana = DateTimeZoneProviders.Tzdb["Europe/Ljubljana"];

    [Theory]
    [InlineData("Fault", "ru", "чья вина")]
    [InlineData("fault", "ru", "чья вина")]
    [InlineData("the client found out at", "sl", "kdaj je izvedela stranka")]
    [InlineData("ClientToldAt", "en", "the client found out at")]
    [InlineData("a field from an older version", "ru", "a field from an older version")]
    public void A_field_is_named_in_the_readers_language_whether_stored_as_key_or_english_name(string stored, string language, string expected) =>
        Assert.Equal(expected, CorrectedFields.Name(stored, language));

    [Fact]
    public void Every_key_has_a_name_in_every_language_and_its_english_name_is_the_one_stored_before_keys()
    {
        foreach (var key in CorrectedFields.Keys)
        {
            var english = CorrectedFields.Name(key, "en");
            Assert.Equal(english, CorrectedFields.Name(english, "en"));
            Assert.NotEqual(english, CorrectedFields.Name(key, "ru"));
            Assert.False(string.IsNullOrWhiteSpace(CorrectedFields.Name(english, "sl")));
        }
    }

    [Fact]
    public void Values_read_in_the_readers_words_zone_and_number_format_and_what_cannot_be_read_stays_as_stored()
    {
        Assert.Equal("Третьей стороны", CorrectedFields.Value("fault", "third party", "ru", DateTimeZone.Utc));
        Assert.Equal("Zamuda, Ugled", CorrectedFields.Value("Damage", "delay, reputation", "sl", DateTimeZone.Utc));
        Assert.Equal("(нет)", CorrectedFields.Value("ClientClaimedLoss", "(none)", "ru", DateTimeZone.Utc));
        Assert.Equal("še nihče", CorrectedFields.Value("who told whom first", "nobody yet", "sl", DateTimeZone.Utc));
        Assert.Equal("12.000,50 EUR", CorrectedFields.Value("OurLossEstimate", "12000.50 EUR", "sl", DateTimeZone.Utc));
        var discovered = CorrectedFields.Value("discovered at", "2025-06-13 12:00 UTC", "sl", Ljubljana);
        Assert.StartsWith("13. ", discovered, StringComparison.Ordinal);
        Assert.EndsWith("ob 14:00 Europe/Ljubljana", discovered, StringComparison.Ordinal);
        Assert.Equal("Reporting module late", CorrectedFields.Value("Summary", "Reporting module late", "ru", DateTimeZone.Utc));
        Assert.Equal("something else", CorrectedFields.Value("Fault", "something else", "ru", DateTimeZone.Utc));
    }
}
