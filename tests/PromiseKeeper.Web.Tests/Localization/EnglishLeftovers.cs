using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Tests.Localization;

/// <summary>
/// Finds English left in a page meant to be Russian or Slovenian: a piece of visible text (or an aria-label, title or
/// placeholder) that holds an English function word once every value stored in the database (names, summaries, typed
/// notes: the data, which stays as typed) is taken out of it. A text never wrapped in the localizer, or one whose
/// translation is missing, shows up here; form values (inputs, textareas) are the user's and are not read.
/// </summary>
internal static partial class EnglishLeftovers
{
    // Words that are English and are not words of Russian or Slovenian ("in", "to", "no", "a" are Slovenian too).
    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "your", "you", "with", "of", "is", "are", "for", "this", "that", "not", "has", "have", "was", "were",
        "will", "be", "an", "or", "from", "what", "who", "when", "which", "there", "here", "it", "its", "our", "we", "they",
        "been", "can", "cannot", "yet", "each", "every", "no one", "none", "by", "on", "at", "as", "if", "than", "then",
    };

    private static readonly string[] ReadAttributes = ["aria-label", "title", "placeholder", "alt"];

    public static IReadOnlyList<string> In(string html, IReadOnlyCollection<string> data)
    {
        var document = new HtmlParser().ParseDocument(html);
        var leftovers = new List<string>();
        foreach (var text in Texts(document))
        {
            var rest = WithoutData(text, data);
            if (Words().Matches(rest).Any(w => EnglishWords.Contains(w.Value)))
            {
                leftovers.Add(text);
            }
        }

        return [.. leftovers.Distinct()];
    }

    /// <summary>Every text value stored in the tables (the test's own data), longest first.</summary>
    public static async Task<IReadOnlyCollection<string>> StoredValuesAsync(PromiseKeeperDbContext db)
    {
        var columns = await db.Database.SqlQueryRaw<ColumnName>(
            """
            SELECT table_name AS "Table", column_name AS "Column" FROM information_schema.columns
            WHERE table_schema = 'public' AND data_type IN ('text', 'character varying') AND table_name <> '__EFMigrationsHistory'
            """).ToListAsync();
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
#pragma warning disable EF1002 // Names come from information_schema, quoted.
            var stored = await db.Database.SqlQueryRaw<string>($"SELECT DISTINCT \"{column.Column}\" AS \"Value\" FROM \"{column.Table}\" WHERE \"{column.Column}\" IS NOT NULL").ToListAsync();
#pragma warning restore EF1002
            foreach (var value in stored)
            {
                foreach (var line in value.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    values.Add(Collapse(line));
                }
            }
        }

        return [.. values.Where(v => v.Length >= 3).OrderByDescending(v => v.Length)];
    }

    private static IEnumerable<string> Texts(IDocument document)
    {
        foreach (var node in document.Body?.Descendants<IText>() ?? [])
        {
            if (node.ParentElement?.Closest("script, style, textarea, pre, code, template") is null && Collapse(node.Data) is { Length: > 0 } text)
            {
                yield return text;
            }
        }

        foreach (var element in document.All)
        {
            foreach (var name in ReadAttributes)
            {
                if (element.GetAttribute(name) is { } value && Collapse(value) is { Length: > 0 } text)
                {
                    yield return text;
                }
            }
        }
    }

    private static string WithoutData(string text, IReadOnlyCollection<string> data)
    {
        foreach (var value in data)
        {
            if (text.Contains(value, StringComparison.Ordinal))
            {
                text = text.Replace(value, " ", StringComparison.Ordinal);
            }
        }

        return text;
    }

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    private sealed record ColumnName(string Table, string Column);
}
