using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Language;

/// <summary>
/// A parsed blame word list (<c>Texts/&lt;language&gt;/blame-phrases.txt</c>) with every pattern compiled once.
/// Line format, one entry a line (blank lines and lines starting with # are ignored):
/// <c>kind | pattern | explanation</c>, where kind is <c>colleague</c>, <c>team</c>, <c>client</c> or
/// <c>denial</c> (a finding of that category), <c>ok</c> (careful wording that switches off findings it
/// overlaps), or <c>set</c> (<c>set | name | pattern</c> defines the placeholder <c>{name}</c>).
/// The pattern syntax is described at the top of the English file.
/// </summary>
public sealed class BlameLexicon
{
    public const string FileName = "blame-phrases.txt";

    // A guard against a pattern that backtracks without end, not a speed limit: it is wall-clock time, and a
    // busy machine (CI running tests in parallel) can take a few hundred milliseconds over a long recap.
    private static readonly TimeSpan _matchTimeout = TimeSpan.FromSeconds(10);
    private static readonly ConcurrentDictionary<string, Lazy<BlameLexicon>> _byLanguage = new(StringComparer.Ordinal);
    private static readonly Lazy<HashSet<string>> _languagesWithTexts =
        new(() => new HashSet<string>(TextResources.Languages(), StringComparer.Ordinal));

    private static readonly Dictionary<string, BlameCategory?> _kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["colleague"] = BlameCategory.BlamesColleague,
        ["team"] = BlameCategory.BlamesAnotherTeam,
        ["client"] = BlameCategory.BlamesClient,
        ["denial"] = BlameCategory.DeniesPromise,
        ["ok"] = null,
    };

    private BlameLexicon(IReadOnlyList<BlamePattern> patterns)
    {
        Patterns = patterns;
    }

    /// <summary>Every finding and "ok" pattern, in file order.</summary>
    public IReadOnlyList<BlamePattern> Patterns { get; }

    /// <summary>
    /// The word list of a language, parsed once and cached (thread-safe). A language without its own file
    /// (or without any texts at all) uses the English list.
    /// </summary>
    /// <exception cref="FormatException">The embedded word list has a bad line (a packaging mistake).</exception>
    public static BlameLexicon ForLanguage(string? language)
    {
        var key = string.IsNullOrWhiteSpace(language) || !_languagesWithTexts.Value.Contains(language)
            ? TextResources.DefaultLanguage
            : language;
        return _byLanguage
            .GetOrAdd(key, k => new Lazy<BlameLexicon>(
                () => Parse(TextResources.Read(FileName, k), $"Texts/{k}/{FileName}"),
                LazyThreadSafetyMode.ExecutionAndPublication))
            .Value;
    }

    /// <summary>Parses a word list. <paramref name="source"/> names the file in error messages.</summary>
    /// <exception cref="FormatException">A line is not valid; the message names the line number and the problem.</exception>
    public static BlameLexicon Parse(string content, string source = FileName)
    {
        ArgumentNullException.ThrowIfNull(content);

        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var entries = new List<(int Number, string Line, string Kind, string Pattern, string Text)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var (kind, pattern, text) = SplitFields(line, i + 1, source);
            entries.Add((i + 1, line, kind, pattern, text));
        }

        // Sets first (in file order), so a pattern may use a set defined anywhere in the file.
        var compiler = new PatternCompiler();
        foreach (var entry in entries.Where(e => string.Equals(e.Kind, "set", StringComparison.OrdinalIgnoreCase)))
        {
            Guard(entry.Number, entry.Line, source, () => compiler.DefineSet(entry.Pattern, entry.Text));
        }

        var patterns = new List<BlamePattern>();
        foreach (var entry in entries.Where(e => !string.Equals(e.Kind, "set", StringComparison.OrdinalIgnoreCase)))
        {
            if (!_kinds.TryGetValue(entry.Kind, out var category))
            {
                throw LineError(entry.Number, entry.Line, source,
                    $"unknown kind \"{entry.Kind}\"; use colleague, team, client, denial, ok or set");
            }

            Regex? regex = null;
            Guard(entry.Number, entry.Line, source, () => regex = Build(compiler.Compile(entry.Pattern)));
            patterns.Add(new BlamePattern(category, entry.Pattern, entry.Text, entry.Number, regex!));
        }

        return new BlameLexicon(patterns);
    }

    /// <summary>
    /// The findings in <paramref name="text"/> by this word list: ordered by position, never overlapping
    /// (of overlapping matches the longest is kept, then the earliest, then the one higher in the file),
    /// and none that overlaps a match of an "ok" line.
    /// </summary>
    /// <exception cref="RegexMatchTimeoutException">A pattern took too long on the text (a badly written pattern).</exception>
    public IReadOnlyList<BlameFinding> Check(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var allowed = new List<(int Start, int End)>();
        var candidates = new List<(int Start, int Length, int Order, BlamePattern Pattern)>();
        for (var order = 0; order < Patterns.Count; order++)
        {
            var pattern = Patterns[order];
            foreach (Match match in pattern.Regex.Matches(text))
            {
                if (match.Length == 0)
                {
                    continue;
                }

                if (pattern.Category is null)
                {
                    allowed.Add((match.Index, match.Index + match.Length));
                }
                else
                {
                    candidates.Add((match.Index, match.Length, order, pattern));
                }
            }
        }

        var chosen = new List<(int Start, int Length, BlamePattern Pattern)>();
        foreach (var candidate in candidates
            .OrderByDescending(c => c.Length)
            .ThenBy(c => c.Start)
            .ThenBy(c => c.Order))
        {
            var end = candidate.Start + candidate.Length;
            if (allowed.Any(a => Overlaps(a.Start, a.End, candidate.Start, end))
                || chosen.Any(c => Overlaps(c.Start, c.Start + c.Length, candidate.Start, end)))
            {
                continue;
            }

            chosen.Add((candidate.Start, candidate.Length, candidate.Pattern));
        }

        return [.. chosen
            .OrderBy(c => c.Start)
            .Select(c => new BlameFinding(
                c.Pattern.Category!.Value,
                text.Substring(c.Start, c.Length),
                c.Start,
                c.Length,
                c.Pattern.Explanation))];
    }

    private static bool Overlaps(int startA, int endA, int startB, int endB) => startA < endB && startB < endA;

    private static Regex Build(string body)
    {
        var word = PatternCompiler.WordCharacterClass;
        var regex = new Regex(
            $"(?<!{word})(?:{body})(?!{word})",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            _matchTimeout);
        if (regex.IsMatch(""))
        {
            throw new FormatException("the pattern matches empty text");
        }

        return regex;
    }

    /// <summary>Kind up to the first '|'; pattern up to the next '|' outside brackets; explanation the rest.</summary>
    private static (string Kind, string Pattern, string Text) SplitFields(string line, int number, string source)
    {
        var first = line.IndexOf('|', StringComparison.Ordinal);
        if (first < 0)
        {
            throw LineError(number, line, source, "expected three fields separated by |, like \"colleague | {name} promised | why it hurts\"");
        }

        var depth = 0;
        var second = -1;
        for (var i = first + 1; i < line.Length && second < 0; i++)
        {
            switch (line[i])
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case '|' when depth <= 0:
                    second = i;
                    break;
            }
        }

        if (second < 0)
        {
            throw LineError(number, line, source,
                "expected three fields separated by |; the explanation is missing or a bracket in the pattern is not closed");
        }

        var kind = line[..first].Trim();
        var pattern = line[(first + 1)..second].Trim();
        var text = line[(second + 1)..].Trim();
        if (kind.Length == 0 || pattern.Length == 0 || text.Length == 0)
        {
            throw LineError(number, line, source, "none of the three fields (kind | pattern | explanation) may be empty");
        }

        return (kind, pattern, text);
    }

    private static void Guard(int number, string line, string source, Action action)
    {
        try
        {
            action();
        }
        catch (FormatException e)
        {
            throw LineError(number, line, source, e.Message, e);
        }
        catch (ArgumentException e)
        {
            throw LineError(number, line, source, "the pattern cannot be compiled: " + e.Message, e);
        }
    }

    private static FormatException LineError(int number, string line, string source, string problem, Exception? inner = null) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{source}, line {number}: {problem}. The line reads: {line}"), inner);
}
