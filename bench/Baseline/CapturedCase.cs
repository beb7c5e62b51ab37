using System.Text;

namespace PromiseKeeper.Bench.Baseline;

/// <summary>One statement as PostgreSQL received it from the app: the SQL ($1, $2 … placeholders) and the values as text.</summary>
public sealed record CapturedStatement(string Sql, IReadOnlyList<string?> Values)
{
    public bool IsBegin => Sql.StartsWith("BEGIN", StringComparison.OrdinalIgnoreCase)
        || Sql.StartsWith("START TRANSACTION", StringComparison.OrdinalIgnoreCase);

    public bool IsCommit => Sql.StartsWith("COMMIT", StringComparison.OrdinalIgnoreCase);

    public bool IsRead => Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// A benchmark case as bench/run.sh captured it: the statements the app sent for one request (from the server log),
/// and what the app answered (status, Location, body size), which the baseline imitates.
/// </summary>
public sealed record CapturedCase(
    string Name, int Status, string? Location, int Size, IReadOnlyList<CapturedStatement> Statements,
    IReadOnlyDictionary<string, string> Substitutions)
{
    /// <summary>
    /// Reads DIR/N.meta (key=value lines: name, status, location, size, and "subst=&lt;captured value&gt;=&lt;request field&gt;")
    /// and DIR/N.log (the server log of the app's request, log_statement=all, each entry starting with "@@").
    /// </summary>
    public static CapturedCase Load(string directory, int number)
    {
        var meta = File.ReadAllLines(Path.Combine(directory, $"{number}.meta"));
        string Get(string key) => meta.FirstOrDefault(l => l.StartsWith(key + "=", StringComparison.Ordinal))?[(key.Length + 1)..] ?? "";
        var substitutions = meta.Where(l => l.StartsWith("subst=", StringComparison.Ordinal))
            .Select(l => l["subst=".Length..].Split('=', 2))
            .ToDictionary(p => p[0], p => p[1]);
        var location = Get("location");
        return new CapturedCase(Get("name"), int.Parse(Get("status"), System.Globalization.CultureInfo.InvariantCulture),
            location.Length == 0 ? null : location, int.Parse(Get("size"), System.Globalization.CultureInfo.InvariantCulture),
            ParseServerLog(File.ReadAllLines(Path.Combine(directory, $"{number}.log"))), substitutions);
    }

    /// <summary>
    /// The executed statements of a log_statement=all server log ("LOG:  execute &lt;name&gt;: SQL" or "LOG:  statement: SQL",
    /// then "DETAIL:  parameters: $1 = '…', $2 = NULL"), without the pool's connection resets.
    /// </summary>
    public static IReadOnlyList<CapturedStatement> ParseServerLog(IEnumerable<string> lines)
    {
        var entries = new List<StringBuilder>();
        foreach (var line in lines)
        {
            if (line.StartsWith("@@", StringComparison.Ordinal))
            {
                entries.Add(new StringBuilder(line));
            }
            else if (entries.Count > 0)
            {
                entries[^1].Append('\n').Append(line.StartsWith('\t') ? line[1..] : line);
            }
        }

        var statements = new List<CapturedStatement>();
        foreach (var text in entries.Select(e => e.ToString()))
        {
            var log = text.IndexOf("LOG:  ", StringComparison.Ordinal);
            var detail = text.IndexOf("DETAIL:  parameters: ", StringComparison.Ordinal);
            if (log >= 0)
            {
                var message = text[(log + 6)..];
                string? sql = null;
                if (message.StartsWith("execute ", StringComparison.Ordinal))
                {
                    sql = message[(message.IndexOf(": ", StringComparison.Ordinal) + 2)..];
                }
                else if (message.StartsWith("statement: ", StringComparison.Ordinal))
                {
                    sql = message["statement: ".Length..];
                }

                if (sql is not null && !sql.StartsWith("DISCARD ALL", StringComparison.OrdinalIgnoreCase))
                {
                    statements.Add(new CapturedStatement(sql.TrimEnd(), []));
                }
            }
            else if (detail >= 0 && statements.Count > 0 && statements[^1].Values.Count == 0)
            {
                statements[^1] = statements[^1] with { Values = ParseParameters(text[(detail + 21)..]) };
            }
        }

        return statements;
    }

    /// <summary>"$1 = '5', $2 = NULL, $3 = 'it''s'" → ["5", null, "it's"].</summary>
    public static IReadOnlyList<string?> ParseParameters(string text)
    {
        var values = new List<string?>();
        var i = 0;
        while (i < text.Length)
        {
            var eq = text.IndexOf(" = ", i, StringComparison.Ordinal);
            if (eq < 0)
            {
                break;
            }

            i = eq + 3;
            if (text.AsSpan(i).StartsWith("NULL"))
            {
                values.Add(null);
                i += 4;
            }
            else
            {
                var value = new StringBuilder();
                i++; // opening quote
                while (i < text.Length)
                {
                    if (text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                    {
                        value.Append('\'');
                        i += 2;
                    }
                    else if (text[i] == '\'')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        value.Append(text[i++]);
                    }
                }

                values.Add(value.ToString());
            }
        }

        return values;
    }
}
