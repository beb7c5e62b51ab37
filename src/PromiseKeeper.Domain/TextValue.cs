using System.Globalization;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain;

/// <summary>What a stored value is, which decides how it is shown to a reader.</summary>
public enum TextValueKind
{
    /// <summary>Typed by a person (a name, a reason, a title): shown as it was typed.</summary>
    Text = 0,

    /// <summary>A <see cref="PlaybookStage"/> by its name, shown in the reader's words.</summary>
    Stage = 1,

    /// <summary>A <see cref="ClientTextKind"/> by its name, shown in the reader's words.</summary>
    ClientText = 2,

    /// <summary>A <see cref="MeasureStatus"/> by its name, shown in the reader's words.</summary>
    MeasureStatus = 3,

    /// <summary>A calendar day, <c>yyyy-MM-dd</c>.</summary>
    Date = 4,

    /// <summary>An instant in UTC (round-trip format), shown in the reader's zone with the zone named.</summary>
    Instant = 5,

    /// <summary>An amount and its currency, <c>1200.00 EUR</c>.</summary>
    Money = 6,

    /// <summary>A whole number.</summary>
    Count = 7,

    /// <summary>Check-ins by day and topic: lines of <c>yyyy-MM-dd</c>, a tab and the topic.</summary>
    DatedTopics = 8,

    /// <summary>Names of one group of words (roles), <c>group:Name,Name</c>, shown as the reader's words separated by commas.</summary>
    Words = 9,

    /// <summary>Corrected fields, one <c>field\told\tnew</c> line each, as <see cref="FieldCorrection"/> keeps them; shown in the reader's words.</summary>
    Corrections = 10,
}

/// <summary>
/// One named value of a stored text (a timeline entry): what it stands for, never its words in a language, so the
/// text can be shown in the language and time zone of whoever reads it.
/// </summary>
public sealed record TextValue(string Name, TextValueKind Kind, string Value)
{
    public static TextValue Text(string name, string text) => new(name, TextValueKind.Text, text);

    public static TextValue Stage(string name, PlaybookStage stage) => new(name, TextValueKind.Stage, stage.ToString());

    public static TextValue ClientText(string name, ClientTextKind kind) => new(name, TextValueKind.ClientText, kind.ToString());

    public static TextValue MeasureStatus(string name, MeasureStatus status) => new(name, TextValueKind.MeasureStatus, status.ToString());

    public static TextValue Date(string name, DateOnly date) =>
        new(name, TextValueKind.Date, date.ToString(DateFormat, CultureInfo.InvariantCulture));

    public static TextValue Instant(string name, DateTimeOffset at) =>
        new(name, TextValueKind.Instant, at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));

    public static TextValue Money(string name, Money money)
    {
        ArgumentNullException.ThrowIfNull(money);
        return new(name, TextValueKind.Money, string.Create(CultureInfo.InvariantCulture, $"{money.Amount:0.00######} {money.Currency}"));
    }

    public static TextValue Count(string name, int count) =>
        new(name, TextValueKind.Count, count.ToString(CultureInfo.InvariantCulture));

    /// <summary>Names from one group of words (<c>word.&lt;group&gt;.&lt;name&gt;</c> in the words file), such as roles.</summary>
    public static TextValue Words(string name, string group, IEnumerable<string> names) =>
        new(name, TextValueKind.Words, $"{group}:{string.Join(',', names)}");

    /// <summary>Corrected fields (key, old and new value as stored in the field history), shown through <see cref="CorrectedFields"/>.</summary>
    public static TextValue Corrections(string name, IEnumerable<(string Field, string Old, string New)> changes) =>
        new(name, TextValueKind.Corrections, string.Join('\n', changes.Select(c => $"{c.Field}\t{OneLine(c.Old)}\t{OneLine(c.New)}")));

    public static TextValue DatedTopics(string name, IEnumerable<(DateOnly On, string Topic)> items) =>
        new(name, TextValueKind.DatedTopics, string.Join('\n', items.Select(i =>
            $"{i.On.ToString(DateFormat, CultureInfo.InvariantCulture)}\t{i.Topic.ReplaceLineEndings(" ").Replace('\t', ' ')}")));

    internal const string DateFormat = "yyyy-MM-dd";

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');
}
