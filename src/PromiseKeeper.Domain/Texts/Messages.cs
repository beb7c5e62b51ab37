namespace PromiseKeeper.Domain.Texts;

/// <summary>
/// The domain's messages for a broken rule, from <c>Texts/&lt;language&gt;/messages.txt</c>, in the current UI language
/// at the moment the message is made (the request's language, since a rule is checked while handling a request).
/// </summary>
public static class Messages
{
    public const string File = "messages.txt";

    /// <summary>The message under <paramref name="key"/>, e.g. "origin.promised-before-discovered", filled with the named values.</summary>
    public static string Of(string key, params (string Name, object? Value)[] values) => TextCatalog.Fill(File, key, values);

    /// <summary>The form of the plural message <paramref name="key"/> (ending in "(count)") that fits <paramref name="count"/>.</summary>
    public static string Count(string key, long count, params (string Name, object? Value)[] values) =>
        TextCatalog.Count(File, key, count, language: null, values);
}
