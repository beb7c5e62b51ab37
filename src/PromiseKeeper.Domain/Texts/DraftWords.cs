using System.Globalization;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Texts;

/// <summary>
/// The words and formats a draft's values are made of (the call's length and channel, its time, dates, money), in the
/// language of the text they go into: <c>Texts/&lt;language&gt;/draft-words.txt</c> and that language's culture.
/// </summary>
public static class DraftWords
{
    public const string FileName = "draft-words.txt";

    /// <summary>"half an hour", "an hour", "15 minutes": how the texts name the call's length.</summary>
    public static string Length(TimeSpan length, string language) => length.TotalMinutes switch
    {
        30 => Word("length.30", language),
        60 => Word("length.60", language),
        var minutes => TextCatalog.Get(FileName, "length.minutes", Values(("Minutes", minutes.ToString("0", Culture(language)))), Languages.OrEnglish(language)),
    };

    /// <summary>Completes "We can talk ...": "by phone", "on a video call", "in person"; null without a channel.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A channel the drafts do not know.</exception>
    public static string? Channel(CallChannel? channel, string language) => channel switch
    {
        null => null,
        CallChannel.Phone => Word("channel.phone", language),
        CallChannel.Video => Word("channel.video", language),
        CallChannel.InPerson => Word("channel.in-person", language),
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "The facts name a call channel the drafts do not know."),
    };

    /// <summary>"Thursday 26 November 2026 at 14:00 (Europe/Ljubljana)": a local time, its weekday and its zone's label.</summary>
    public static string CallTime(DateTimeOffset local, string zoneLabel, string language)
    {
        var culture = Culture(language);
        return TextCatalog.Get(FileName, "call-time", Values(
            ("Weekday", local.ToString("dddd", culture)),
            ("Date", Date(DateOnly.FromDateTime(local.DateTime), language)),
            ("Time", local.ToString(Word("pattern.time", language), culture)),
            ("Zone", zoneLabel)), Languages.OrEnglish(language));
    }

    /// <summary>"26 November 2026", "26 ноября 2026 г.", "26. november 2026".</summary>
    public static string Date(DateOnly date, string language) =>
        date.ToString(Word("pattern.date", language), Culture(language));

    /// <summary>"12,500.00 EUR", "12 500,00 EUR", "12.500,00 EUR": the amount as the language writes numbers, then the currency code.</summary>
    public static string Money(Money money, string language)
    {
        ArgumentNullException.ThrowIfNull(money);
        return string.Create(Culture(language), $"{money.Amount:N2} {money.Currency}");
    }

    /// <summary>The culture of a supported language; English for any other code.</summary>
    public static CultureInfo Culture(string? language) => CultureInfo.GetCultureInfo(Languages.OrEnglish(language));

    private static string Word(string key, string language) =>
        TextCatalog.Get(FileName, key, language: Languages.OrEnglish(language));

    private static Dictionary<string, object?> Values(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
