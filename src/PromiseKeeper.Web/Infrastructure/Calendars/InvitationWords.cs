using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Infrastructure.Calendars;

/// <summary>
/// The words of a call invitation (title, description and its lines, location), in the client's language:
/// <c>call-invitation.txt</c> of the domain's texts, with dates and times as that language writes them.
/// </summary>
public static class InvitationWords
{
    public const string FileName = "call-invitation.txt";

    /// <summary>The text under <paramref name="key"/> in <paramref name="language"/> (English for an unknown code), filled with the values.</summary>
    public static string Get(string key, string language, params (string Name, object? Value)[] values) =>
        TextCatalog.Get(FileName, key, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal), Languages.OrEnglish(language));

    /// <summary>"Thursday 26 November 2026, 14:00": the moment as a person in <paramref name="zone"/> reads it, in <paramref name="language"/>.</summary>
    public static string LocalTime(DateTimeOffset moment, TimeZoneInfo zone, string language)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(moment, zone);
        var culture = DraftWords.Culture(language);
        return Get("local-time", language,
            ("Weekday", local.ToString("dddd", culture)),
            ("Date", DraftWords.Date(DateOnly.FromDateTime(local.DateTime), language)),
            ("Time", local.ToString(TextCatalog.Get(DraftWords.FileName, "pattern.time", language: Languages.OrEnglish(language)), culture)));
    }

    /// <summary>Where the call takes place when it has no meeting link: "Phone", "Video call", "In person"; null without a channel.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An unknown channel.</exception>
    public static string? Location(CallChannel? channel, string language) => channel switch
    {
        null => null,
        CallChannel.Phone => Get("location.phone", language),
        CallChannel.Video => Get("location.video", language),
        CallChannel.InPerson => Get("location.in-person", language),
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "An unknown call channel."),
    };
}
