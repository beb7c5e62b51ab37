using System.Collections;
using System.Globalization;
using System.Text;

namespace PromiseKeeper.Domain.Texts;

/// <summary>
/// A deliberately small template language for the product's texts, so drafts and guidance can live in
/// text files instead of C#. <c>{{Name}}</c> inserts a value, <c>{{#if Name}}…{{else}}…{{/if}}</c> chooses,
/// <c>{{#each Name}}…{{/each}}</c> repeats. The template is parsed once and values are inserted as they are,
/// so a value that happens to contain <c>{{…}}</c> is never treated as template. No HTML escaping: the result
/// is plain text, and the web layer encodes it when it shows it.
/// </summary>
public static class TextTemplate
{
    private enum TokenKind
    {
        Text,
        Value,
        If,
        Else,
        EndIf,
        Each,
        EndEach,
    }

    /// <summary>
    /// Renders <paramref name="template"/> with <paramref name="values"/>. Lines that hold only block tags
    /// disappear entirely, trailing spaces and trailing blank lines are removed, and three or more newlines
    /// in a row become two.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// The template uses a name that has no value, or its blocks are not balanced (a template bug).
    /// </exception>
    public static string Render(string template, IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);

        var normalized = template.Replace("\r\n", "\n", StringComparison.Ordinal);
        var nodes = Parse(Tokenize(RemoveBlockOnlyLines(normalized)));
        var output = new StringBuilder(template.Length);
        Write(nodes, [values], output);
        return Tidy(output.ToString());
    }

    // ---- Lines that hold only block tags ----

    /// <summary>Keeps the tags of a block-only line but drops the line's indentation and its newline.</summary>
    private static string RemoveBlockOnlyLines(string template)
    {
        var lines = template.Split('\n');
        var result = new StringBuilder(template.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (IsBlockOnly(line))
            {
                result.Append(line.Trim());
                continue;
            }

            result.Append(line);
            if (i < lines.Length - 1)
            {
                result.Append('\n');
            }
        }

        return result.ToString();
    }

    private static bool IsBlockOnly(string line)
    {
        var rest = line.Trim().AsSpan();
        if (rest.IsEmpty)
        {
            return false;
        }

        while (!rest.IsEmpty)
        {
            if (!rest.StartsWith("{{", StringComparison.Ordinal))
            {
                return false;
            }

            var end = rest.IndexOf("}}", StringComparison.Ordinal);
            if (end < 0)
            {
                return false;
            }

            var tag = rest[2..end].Trim();
            var isBlockTag = tag.StartsWith("#", StringComparison.Ordinal)
                || tag.StartsWith("/", StringComparison.Ordinal)
                || tag.Equals("else", StringComparison.Ordinal);
            if (!isBlockTag)
            {
                return false;
            }

            rest = rest[(end + 2)..].TrimStart();
        }

        return true;
    }

    // ---- Tokens ----

    private readonly record struct Token(TokenKind Kind, string Text);

    private static List<Token> Tokenize(string template)
    {
        var tokens = new List<Token>();
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                tokens.Add(new(TokenKind.Text, template[position..]));
                break;
            }

            if (open > position)
            {
                tokens.Add(new(TokenKind.Text, template[position..open]));
            }

            var close = template.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                var snippet = template[open..Math.Min(template.Length, open + 30)];
                throw new InvalidOperationException($"The template opens a tag with \"{snippet}\" but never closes it with }}}}.");
            }

            tokens.Add(ReadTag(template[(open + 2)..close].Trim()));
            position = close + 2;
        }

        return tokens;
    }

    private static Token ReadTag(string tag)
    {
        if (tag.StartsWith("#if ", StringComparison.Ordinal))
        {
            return new(TokenKind.If, RequireName(tag[4..].Trim(), tag));
        }

        if (tag.StartsWith("#each ", StringComparison.Ordinal))
        {
            return new(TokenKind.Each, RequireName(tag[6..].Trim(), tag));
        }

        return tag switch
        {
            "else" => new(TokenKind.Else, tag),
            "/if" => new(TokenKind.EndIf, tag),
            "/each" => new(TokenKind.EndEach, tag),
            _ when tag.StartsWith('#') || tag.StartsWith('/') =>
                throw new InvalidOperationException($"The template uses the unknown block tag {{{{{tag}}}}}; only #if, else, /if, #each and /each exist."),
            _ => new(TokenKind.Value, RequireName(tag, tag)),
        };
    }

    private static string RequireName(string name, string tag)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.'))
        {
            throw new InvalidOperationException($"The template tag {{{{{tag}}}}} does not name a value (use letters, digits and underscores).");
        }

        return name;
    }

    // ---- Tree ----

    private abstract record Node;

    private sealed record TextNode(string Text) : Node;

    private sealed record ValueNode(string Name) : Node;

    private sealed record IfNode(string Name, IReadOnlyList<Node> Then, IReadOnlyList<Node> Else) : Node;

    private sealed record EachNode(string Name, IReadOnlyList<Node> Body) : Node;

    /// <summary>A block being parsed: the root, an #if (with its else part) or an #each.</summary>
    private sealed class OpenBlock(TokenKind kind, string name)
    {
        public TokenKind Kind { get; } = kind;

        public string Name { get; } = name;

        public List<Node> Body { get; } = [];

        public List<Node>? Else { get; set; }

        public List<Node> Current => Else ?? Body;

        public string OpeningTag => Kind == TokenKind.If ? $"{{{{#if {Name}}}}}" : $"{{{{#each {Name}}}}}";
    }

    private static List<Node> Parse(List<Token> tokens)
    {
        var root = new OpenBlock(TokenKind.Text, string.Empty);
        var stack = new Stack<OpenBlock>();
        stack.Push(root);

        foreach (var token in tokens)
        {
            var current = stack.Peek();
            switch (token.Kind)
            {
                case TokenKind.Text:
                    current.Current.Add(new TextNode(token.Text));
                    break;
                case TokenKind.Value:
                    current.Current.Add(new ValueNode(token.Text));
                    break;
                case TokenKind.If:
                case TokenKind.Each:
                    stack.Push(new OpenBlock(token.Kind, token.Text));
                    break;
                case TokenKind.Else:
                    if (current.Kind != TokenKind.If || current.Else is not null)
                    {
                        var where = current.Kind == TokenKind.If ? $"a second {{{{else}}}} in {current.OpeningTag}" : "{{else}} outside an {{#if}}";
                        throw new InvalidOperationException($"The template has {where}.");
                    }

                    current.Else = [];
                    break;
                case TokenKind.EndIf:
                case TokenKind.EndEach:
                    var expected = token.Kind == TokenKind.EndIf ? TokenKind.If : TokenKind.Each;
                    if (current.Kind != expected)
                    {
                        var opener = expected == TokenKind.If ? "{{#if}}" : "{{#each}}";
                        var problem = current == root
                            ? $"{{{{{token.Text}}}}} without a matching {opener}"
                            : $"{current.OpeningTag} closed by {{{{{token.Text}}}}}";
                        throw new InvalidOperationException($"The template has {problem}.");
                    }

                    stack.Pop();
                    Node node = expected == TokenKind.If
                        ? new IfNode(current.Name, current.Body, current.Else ?? [])
                        : new EachNode(current.Name, current.Body);
                    stack.Peek().Current.Add(node);
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected template token {token.Kind}.");
            }
        }

        if (stack.Count > 1)
        {
            var unclosed = stack.Peek();
            var closer = unclosed.Kind == TokenKind.If ? "{{/if}}" : "{{/each}}";
            throw new InvalidOperationException($"The template never closes {unclosed.OpeningTag} with {closer}.");
        }

        return root.Body;
    }

    // ---- Rendering ----

    private static void Write(IReadOnlyList<Node> nodes, List<IReadOnlyDictionary<string, object?>> scopes, StringBuilder output)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode text:
                    output.Append(text.Text);
                    break;
                case ValueNode value:
                    output.Append(Format(Lookup(value.Name, scopes)));
                    break;
                case IfNode choice:
                    Write(IsTruthy(Lookup(choice.Name, scopes)) ? choice.Then : choice.Else, scopes, output);
                    break;
                case EachNode each:
                    foreach (var item in Items(each.Name, Lookup(each.Name, scopes)))
                    {
                        scopes.Add(item);
                        Write(each.Body, scopes, output);
                        scopes.RemoveAt(scopes.Count - 1);
                    }

                    break;
                default:
                    throw new InvalidOperationException($"Unexpected template node {node.GetType().Name}.");
            }
        }
    }

    /// <summary>The innermost scope wins: an #each item's fields before the outer values.</summary>
    private static object? Lookup(string name, List<IReadOnlyDictionary<string, object?>> scopes)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            if (scopes[i].TryGetValue(name, out var value))
            {
                return value;
            }
        }

        throw new InvalidOperationException($"The template uses {{{{{name}}}}}, but no value of that name was given.");
    }

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Items(string name, object? value) => value switch
    {
        null => [],
        IEnumerable<IReadOnlyDictionary<string, object?>> items => items,
        _ => throw new InvalidOperationException(
            $"The template repeats {{{{#each {name}}}}}, but the value is a {value.GetType().Name}, not a list of items."),
    };

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static bool IsTruthy(object? value)
    {
        switch (value)
        {
            case null:
                return false;
            case bool flag:
                return flag;
            case string text:
                return text.Length > 0;
            case ICollection collection:
                return collection.Count > 0;
            case IEnumerable sequence:
                var enumerator = sequence.GetEnumerator();
                try
                {
                    return enumerator.MoveNext();
                }
                finally
                {
                    (enumerator as IDisposable)?.Dispose();
                }

            default:
                return true;
        }
    }

    // ---- Tidying the result ----

    private static string Tidy(string text)
    {
        var result = new StringBuilder(text.Length);
        var newlines = 0;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd();
            if (trimmed.Length == 0)
            {
                newlines++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append('\n', Math.Min(newlines + 1, 2));
            }

            result.Append(trimmed);
            newlines = 0;
        }

        return result.ToString();
    }
}
