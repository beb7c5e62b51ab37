namespace PromiseKeeper.Web.Notifications;

/// <summary>
/// Someone to notify, with their email choice for the kind (null: they kept the default) and, when read with it, what an
/// email to them needs: their address, language and name.
/// </summary>
public sealed record Recipient(string UserId, NotificationEmail? Choice, string? Address = null, string? Language = null, string? Name = null)
{
    /// <summary>Between two people of a list (a control character: no id, address or name holds one).</summary>
    public const string Separator = "\u001e";

    /// <summary>Between the fields of one person.</summary>
    public const string Field = "\u001f";

    /// <summary>
    /// The recipients as <see cref="NotificationRecipients"/> reads them inside another statement: for each person
    /// "id, choice, language, address, name" joined by <see cref="Field"/>, people joined by <see cref="Separator"/>
    /// (choices are enum names or empty). Null or empty: nobody.
    /// </summary>
    public static IReadOnlyList<Recipient> ParseList(string? encoded) =>
        string.IsNullOrEmpty(encoded)
            ? []
            : [.. encoded.Split(Separator, StringSplitOptions.RemoveEmptyEntries).Select(Parse)];

    /// <summary>One person read as <see cref="ParseList"/> reads a list; <paramref name="userId"/> with the default choice when nothing was read.</summary>
    public static Recipient ParseOne(string userId, string? encoded) =>
        ParseList(encoded) is [var one] ? one : new Recipient(userId, null);

    private static Recipient Parse(string person)
    {
        var fields = person.Split(Field);
        string? At(int index) => fields.Length > index && fields[index].Length > 0 ? fields[index] : null;
        return new Recipient(
            fields[0],
            Enum.TryParse<NotificationEmail>(At(1), out var email) ? email : null,
            At(3),
            At(2),
            At(4));
    }
}
