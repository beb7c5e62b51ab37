using NodaTime;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// One entry of an incident's timeline: who did what, when. Never changed once written. What happened is kept as a key of
/// <c>Texts/&lt;language&gt;/events.txt</c> and its values, shown in the reader's language and zone (<see cref="TextIn"/>);
/// <see cref="Description"/> keeps the English sentence (times in UTC) for search and export.
/// </summary>
public sealed class IncidentEvent
{
    public const int DescriptionMaxLength = 2000;
    public const int TextKeyMaxLength = 100;

    /// <summary>The keyed file the entries' texts come from.</summary>
    public const string TextFile = "events.txt";

    private IncidentEvent(DateTimeOffset occurredAt, string actorId, string actorName, string description, string? textKey, TextValues? textValues)
    {
        OccurredAt = occurredAt;
        ActorId = actorId;
        ActorName = actorName;
        Description = description;
        TextKey = textKey;
        TextValues = textValues;
    }

    public long Id { get; private set; }

    public long IncidentId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string ActorId { get; private set; }

    public string ActorName { get; private set; }

    /// <summary>The entry in English, times in UTC; for an entry written before texts were keyed, the only text it has.</summary>
    public string Description { get; private set; }

    /// <summary>The key in <see cref="TextFile"/>; null for an entry written before texts were keyed.</summary>
    public string? TextKey { get; private set; }

    /// <summary>The values <see cref="TextKey"/>'s text names; null with it.</summary>
    public TextValues? TextValues { get; private set; }

    /// <summary>The entry in <paramref name="language"/>, its moments in <paramref name="zone"/>.</summary>
    public string TextIn(string language, DateTimeZone zone) => TextOf(TextKey, TextValues, Description, language, zone);

    /// <summary>The text of an entry read without its class (a page's projection): an old entry keeps its stored sentence.</summary>
    public static string TextOf(string? textKey, TextValues? textValues, string description, string language, DateTimeZone zone) =>
        textKey is null ? description : StoredText.Render(TextFile, textKey, textValues ?? TextValues.None, language, zone);

    internal static IncidentEvent Record(Actor actor, DateTimeOffset now, string textKey, TextValues values)
    {
        var english = StoredText.Render(TextFile, textKey, values, Languages.English, DateTimeZone.Utc);
        return new(
            now.ToUniversalTime(),
            actor.UserId,
            actor.DisplayName,
            english.Length > DescriptionMaxLength ? english[..DescriptionMaxLength] : english,
            textKey,
            values);
    }
}
