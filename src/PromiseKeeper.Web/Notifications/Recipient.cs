namespace PromiseKeeper.Web.Notifications;

/// <summary>Someone to notify, with their email choice for the kind (null: they kept the default).</summary>
public sealed record Recipient(string UserId, NotificationEmail? Choice)
{
    private const char Separator = ';';
    private const char Pair = '=';

    /// <summary>
    /// The recipients as <see cref="NotificationRecipients"/> reads them inside another statement: "id=Choice" pairs joined
    /// by ';' (user ids are GUIDs, choices enum names or empty). Null or empty: nobody.
    /// </summary>
    public static IReadOnlyList<Recipient> ParseList(string? encoded) =>
        string.IsNullOrEmpty(encoded)
            ? []
            : [.. encoded.Split(Separator, StringSplitOptions.RemoveEmptyEntries).Select(Parse)];

    private static Recipient Parse(string pair)
    {
        var at = pair.LastIndexOf(Pair);
        var id = at < 0 ? pair : pair[..at];
        var choice = at < 0 ? null : pair[(at + 1)..];
        return new Recipient(id, Enum.TryParse<NotificationEmail>(choice, out var email) ? email : null);
    }
}
