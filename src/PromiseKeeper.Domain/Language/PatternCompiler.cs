using System.Globalization;
using System.Text;

namespace PromiseKeeper.Domain.Language;

/// <summary>
/// Turns the human-editable pattern syntax of a blame word list into regular-expression source.
/// Syntax (see <c>Texts/en/blame-phrases.txt</c> for the full description):
/// words separated by whitespace match words separated by any whitespace; <c>(a|b c)</c> is a choice;
/// <c>[a|b]</c> is an optional choice; <c>{word}</c> is any one word, <c>{name}</c> a capitalised name,
/// <c>{set}</c> a set defined earlier in the file; an apostrophe matches ' and ’; <c>stem*</c> is the stem followed by
/// any letters (none or more), for inflected languages; a written ё also matches е.
/// Pieces written without a space between them are joined without a space (<c>{team}['s]</c>).
/// </summary>
internal sealed class PatternCompiler
{
    public const string NotANameSet = "not-a-name";

    private const string Whitespace = @"\s+";
    private const string WordChars = @"[\p{L}\p{N}]";
    private const string Word = @"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*";
    private const string StemRest = @"\p{L}*";

    private readonly Dictionary<string, CompiledPattern> _sets;

    private string _pattern = "";
    private int _position;

    public PatternCompiler()
    {
        _sets = new(StringComparer.Ordinal);
    }

    /// <summary>A compiler that knows the sets of <paramref name="other"/> (to add sets without changing it).</summary>
    public PatternCompiler(PatternCompiler other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _sets = new(other._sets, StringComparer.Ordinal);
    }

    /// <summary>The names a pattern can use in braces.</summary>
    public IEnumerable<string> PlaceholderNames => ["word", "name", .. _sets.Keys];

    /// <summary>Defines <c>{name}</c> as the given pattern (which may use sets defined before it).</summary>
    /// <exception cref="FormatException">The name is not valid, already defined, or the pattern is not valid.</exception>
    public void DefineSet(string name, string pattern) => DefineSet(name, () => Compile(pattern));

    /// <summary>Defines <c>{name}</c> as ready regular-expression source (for text given at run time, such as names).</summary>
    /// <exception cref="FormatException">The name is not valid or already defined.</exception>
    public void DefineSet(string name, CompiledPattern compiled) => DefineSet(name, () => compiled);

    private void DefineSet(string name, Func<CompiledPattern> compile)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new FormatException($"the set name \"{name}\" may only contain letters, digits and hyphens");
        }

        if (name is "word" or "name" || _sets.ContainsKey(name))
        {
            throw new FormatException($"the set {{{name}}} is already defined");
        }

        _sets[name] = compile();
    }

    /// <summary>The regular-expression source for a pattern (without the outer word boundaries) and the literals every match holds.</summary>
    /// <exception cref="FormatException">The pattern is not valid; the message says what is wrong.</exception>
    public CompiledPattern Compile(string pattern)
    {
        _pattern = pattern;
        _position = 0;
        var result = ParseSequence(closing: null);
        if (_position < _pattern.Length)
        {
            throw Error($"unexpected \"{_pattern[_position]}\"");
        }

        return result;
    }

    /// <summary>
    /// sequence := element (whitespace element)*, element := atom+ (no whitespace between atoms).
    /// Stops before '|' or the closing bracket of the enclosing group.
    /// </summary>
    private CompiledPattern ParseSequence(char? closing)
    {
        var regex = new StringBuilder();
        var needs = RequiredLiterals.None;
        var hasRequired = false;
        while (true)
        {
            SkipWhitespace();
            if (AtEnd() || Peek() == '|' || Peek() == closing)
            {
                break;
            }

            var (element, optional, elementNeeds) = ParseElement(closing);
            if (optional)
            {
                regex.Append(hasRequired
                    ? string.Create(CultureInfo.InvariantCulture, $"(?:{Whitespace}{element})?")
                    : string.Create(CultureInfo.InvariantCulture, $"(?:{element}{Whitespace})?"));
            }
            else
            {
                regex.Append(hasRequired ? Whitespace : "").Append(element);
                needs = needs.And(elementNeeds);
                hasRequired = true;
            }
        }

        if (regex.Length == 0)
        {
            throw Error("empty pattern or empty choice (check for \"||\", \"(|\" or \"()\")");
        }

        if (!hasRequired)
        {
            throw Error("every pattern and every choice needs at least one part that is not in [optional] brackets");
        }

        return new CompiledPattern(regex.ToString(), needs);
    }

    private (string Regex, bool Optional, RequiredLiterals Needs) ParseElement(char? closing)
    {
        var atoms = new StringBuilder();
        var needs = RequiredLiterals.None;
        var count = 0;
        var optionalOnly = false;
        while (!AtEnd() && !char.IsWhiteSpace(Peek()) && Peek() != '|' && Peek() != closing)
        {
            var c = Peek();
            CompiledPattern atom;
            var optional = false;
            switch (c)
            {
                case '(':
                    atom = ParseGroup('(', ')');
                    break;
                case '[':
                    atom = ParseGroup('[', ']');
                    atom = new CompiledPattern(atom.Regex + "?", RequiredLiterals.None);
                    optional = true;
                    break;
                case '{':
                    atom = ParsePlaceholder();
                    break;
                case ')' or ']' or '}':
                    throw Error($"\"{c}\" closes a bracket that was never opened");
                default:
                    atom = ParseLiteral();
                    break;
            }

            atoms.Append(atom.Regex);
            needs = needs.And(atom.Needs);
            count++;
            optionalOnly = count == 1 && optional;
        }

        if (optionalOnly)
        {
            // A standalone [optional] part: the caller puts the whitespace inside the optional group.
            var inner = atoms.ToString();
            return (inner[..^1], true, RequiredLiterals.None);
        }

        return (atoms.ToString(), false, needs);
    }

    private CompiledPattern ParseGroup(char open, char close)
    {
        var start = _position;
        _position++; // the opening bracket
        var choices = new List<CompiledPattern>();
        while (true)
        {
            choices.Add(ParseSequence(close));
            if (AtEnd())
            {
                _position = start;
                throw Error($"\"{open}\" is never closed with \"{close}\"");
            }

            if (Peek() == close)
            {
                _position++;
                break;
            }

            _position++; // '|'
        }

        return new CompiledPattern(
            "(?:" + string.Join("|", choices.Select(c => c.Regex)) + ")",
            RequiredLiterals.Choice([.. choices.Select(c => c.Needs)]));
    }

    private CompiledPattern ParsePlaceholder()
    {
        var end = _pattern.IndexOf('}', _position);
        if (end < 0)
        {
            throw Error("\"{\" is never closed with \"}\"");
        }

        var name = _pattern[(_position + 1)..end].Trim();
        _position = end + 1;
        return name switch
        {
            "word" => new CompiledPattern(Word, RequiredLiterals.None),
            "name" => new CompiledPattern(NameRegex(), RequiredLiterals.None),
            _ when _sets.TryGetValue(name, out var set) => new CompiledPattern("(?:" + set.Regex + ")", set.Needs),
            _ => throw Error($"unknown placeholder {{{name}}}; known: {string.Join(", ", PlaceholderNames.Select(n => "{" + n + "}"))} (a set must be defined above the line that uses it)"),
        };
    }

    /// <summary>One or two capitalised words, none of them in the not-a-name set (pronouns, "As", "The"...).</summary>
    private string NameRegex()
    {
        var exclusion = _sets.TryGetValue(NotANameSet, out var notAName)
            ? $"(?!(?:{notAName.Regex})(?![\\p{{L}}\\p{{N}}]))"
            : "";
        // The capital is looked for before the exclusion, so the long not-a-name list only runs at capitalised words.
        var one = $"(?=(?-i:\\p{{Lu}})){exclusion}(?-i:\\p{{Lu}})\\p{{L}}*(?:[-'’]\\p{{L}}+)*";
        return $"(?:{one}(?:[ \\t]+{one})?)";
    }

    private CompiledPattern ParseLiteral()
    {
        var regex = new StringBuilder();
        var start = _position;
        while (!AtEnd())
        {
            var c = Peek();
            if (char.IsWhiteSpace(c) || c is '(' or ')' or '[' or ']' or '{' or '}' or '|')
            {
                break;
            }

            if (c == '*' && _position == start)
            {
                throw Error("\"*\" must follow the letters of a stem, as in \"promis*\"");
            }

            regex.Append(c switch
            {
                '\'' or '’' => "['’]",
                '*' => StemRest,
                'ё' => "[её]",
                'Ё' => "[ЕЁ]",
                _ => System.Text.RegularExpressions.Regex.Escape(c.ToString()),
            });
            _position++;
        }

        return new CompiledPattern(regex.ToString(), RequiredLiterals.Literal(_pattern[start.._position]));
    }

    private void SkipWhitespace()
    {
        while (!AtEnd() && char.IsWhiteSpace(Peek()))
        {
            _position++;
        }
    }

    private bool AtEnd() => _position >= _pattern.Length;

    private char Peek() => _pattern[_position];

    private FormatException Error(string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{problem} (at character {_position + 1} of the pattern)"));

    /// <summary>The regular-expression source of a defined set, or null when there is none by that name.</summary>
    public string? SetRegex(string name) => _sets.TryGetValue(name, out var set) ? set.Regex : null;

    /// <summary>The characters that count as part of a word for the outer word boundaries.</summary>
    public static string WordCharacterClass => WordChars;
}

/// <summary>A pattern's regular-expression source and the literal text every match of it holds.</summary>
internal sealed record CompiledPattern(string Regex, RequiredLiterals Needs);
