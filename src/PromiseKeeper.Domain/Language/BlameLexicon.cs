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
/// overlaps), <c>named</c> (blame on a colleague named on the incident: the pattern uses <c>{person}</c>, filled in
/// by <see cref="WithPeople"/>), or <c>set</c> (<c>set | name | pattern</c> defines the placeholder <c>{name}</c>).
/// The pattern syntax is described at the top of the English file; lists of inflected languages use stems
/// (<c>коллег*</c>) and a <c>name-endings</c> set, so that names on the record are also found inflected.
/// </summary>
public sealed class BlameLexicon
{
    public const string FileName = "blame-phrases.txt";

    /// <summary>The placeholder of a "named" line: the names recorded on the incident.</summary>
    public const string PersonSet = "person";

    private const string NamedKind = "named";
    private const int MaxCachedPeopleLists = 500;

    // A guard against a pattern that backtracks without end, not a speed limit: it is wall-clock time, and a
    // busy machine (CI running tests in parallel) can take a few hundred milliseconds over a long recap.
    private static readonly TimeSpan _matchTimeout = TimeSpan.FromSeconds(10);
    private static readonly ConcurrentDictionary<string, Lazy<BlameLexicon>> _byLanguage = new(StringComparer.Ordinal);

    private static readonly Dictionary<string, BlameCategory?> _kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["colleague"] = BlameCategory.BlamesColleague,
        ["team"] = BlameCategory.BlamesAnotherTeam,
        ["client"] = BlameCategory.BlamesClient,
        ["denial"] = BlameCategory.DeniesPromise,
        ["ok"] = null,
    };

    private readonly PatternCompiler _compiler;
    private readonly IReadOnlyList<(int Number, string Line, string Pattern, string Text)> _named;
    private readonly Prefilters _prefilters;
    private readonly ConcurrentDictionary<string, BlameLexicon> _withPeople = new(StringComparer.Ordinal);
    private Regex? _notAName;

    private BlameLexicon(
        IReadOnlyList<BlamePattern> patterns,
        PatternCompiler compiler,
        IReadOnlyList<(int Number, string Line, string Pattern, string Text)> named,
        Prefilters prefilters)
    {
        Patterns = patterns;
        _compiler = compiler;
        _named = named;
        _prefilters = prefilters;
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
        // A language with other texts but no word list of its own shares the English lexicon.
        var key = string.IsNullOrWhiteSpace(language) || !TextResources.Has(FileName, language)
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

        var prefilters = new Prefilters();
        var patterns = new List<BlamePattern>();
        var named = new List<(int Number, string Line, string Pattern, string Text)>();
        var withDummyPerson = new PatternCompiler(compiler);
        withDummyPerson.DefineSet(PersonSet, PersonSetOf(["Someone Named"], compiler.SetRegex(InflectedNames.EndingsSet)));
        foreach (var entry in entries.Where(e => !string.Equals(e.Kind, "set", StringComparison.OrdinalIgnoreCase)))
        {
            if (string.Equals(entry.Kind, NamedKind, StringComparison.OrdinalIgnoreCase))
            {
                // Checked now, compiled for each list of names by WithPeople.
                Guard(entry.Number, entry.Line, source, () => Build(withDummyPerson.Compile(entry.Pattern).Regex));
                named.Add((entry.Number, entry.Line, entry.Pattern, entry.Text));
                continue;
            }

            if (!_kinds.TryGetValue(entry.Kind, out var category))
            {
                throw LineError(entry.Number, entry.Line, source,
                    $"unknown kind \"{entry.Kind}\"; use colleague, team, client, denial, ok, named or set");
            }

            BlamePattern? pattern = null;
            Guard(entry.Number, entry.Line, source, () => pattern = Create(compiler, category, entry.Pattern, entry.Text, entry.Number, prefilters));
            patterns.Add(pattern!);
        }

        return new BlameLexicon(patterns, compiler, named, prefilters);
    }

    /// <summary>
    /// This word list plus its "named" lines for <paramref name="names"/> (people recorded on an incident, such as who
    /// made the promise), so that blaming them by name is found however the name is written. Cached per list of names.
    /// </summary>
    public BlameLexicon WithPeople(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        string[] terms = [.. names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
        if (terms.Length == 0 || _named.Count == 0)
        {
            return this;
        }

        if (_withPeople.Count > MaxCachedPeopleLists)
        {
            _withPeople.Clear();
        }

        return _withPeople.GetOrAdd(string.Join('\n', terms), _ =>
        {
            var compiler = new PatternCompiler(_compiler);
            compiler.DefineSet(PersonSet, PersonSetOf(terms, _compiler.SetRegex(InflectedNames.EndingsSet)));
            var named = _named.Select(n => Create(compiler, BlameCategory.BlamesColleague, n.Pattern, n.Text, n.Number, _prefilters));
            return new BlameLexicon([.. Patterns, .. named], _compiler, [], _prefilters);
        });
    }

    /// <summary>True for a word of the list's "not-a-name" set (a pronoun, "the", a weekday...): never a person's name.</summary>
    public bool IsNotAName(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        _notAName ??= _compiler.SetRegex(PatternCompiler.NotANameSet) is { } set
            ? new Regex($"^(?:{set})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, _matchTimeout)
            : null;
        return _notAName?.IsMatch(word) ?? false;
    }

    /// <summary>
    /// The findings in <paramref name="text"/> by this word list: ordered by position, never overlapping
    /// (of overlapping matches the longest is kept, then the earliest, then the one higher in the file),
    /// and none that overlaps a match of an "ok" line.
    /// </summary>
    /// <exception cref="RegexMatchTimeoutException">A pattern took too long on the text (a badly written pattern).</exception>
    public IReadOnlyList<BlameFinding> Check(string? text) =>
        string.IsNullOrEmpty(text) ? [] : RecentFindings.GetOrFind(this, text, t => BlameMatcher.Find(t, Patterns));

    /// <summary>As <see cref="Check"/>, but runs every pattern's regular expression, skipping no pattern by its literals.</summary>
    internal IReadOnlyList<BlameFinding> CheckEveryPattern(string text) => BlameMatcher.Find(text, Patterns, skipPrefilter: true);

    /// <summary>How many patterns a check of <paramref name="text"/> runs; the others are skipped because the text lacks their words.</summary>
    internal int CountPatternsRun(string text) => BlameMatcher.CountRun(text, Patterns);

    private static BlamePattern Create(PatternCompiler compiler, BlameCategory? category, string pattern, string text, int number, Prefilters prefilters)
    {
        var compiled = compiler.Compile(pattern);
        return new BlamePattern(category, pattern, text, number, Build(compiled.Regex), prefilters.For(compiled.Needs));
    }

    // Each name matches as written (or inflected, when the list defines name endings), ignoring case, with any
    // whitespace between its words; longer names first.
    private static CompiledPattern PersonSetOf(IEnumerable<string> terms, string? endings)
    {
        string[] ordered = [.. terms.OrderByDescending(t => t.Length)];
        var regex = string.Join('|', ordered.Select(term => string.Join(@"\s+", WordsOf(term).Select(word => InflectedNames.Regex(word, endings)))));
        var required = ordered.Select(term => WordsOf(term).Select(word => InflectedNames.Required(word, endings is not null)).MaxBy(w => w.Length) ?? term);
        return new CompiledPattern(regex, RequiredLiterals.AnyOf(required));
    }

    private static string[] WordsOf(string term) => term.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

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
