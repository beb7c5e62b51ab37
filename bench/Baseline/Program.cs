using System.Text;
using System.Text.Encodings.Web;
using Npgsql;
using NpgsqlTypes;
using PromiseKeeper.Bench.Baseline;

// Usage: Baseline --cases DIR --db CONNECTION_STRING [--urls URL]   serve /case/N for each captured case N
//        Baseline --cases DIR --explain N                            print a psql script that EXPLAINs case N's reads
var cases = Arg("--cases") ?? throw new ArgumentException("--cases DIR is required");
var loaded = Directory.GetFiles(cases, "*.meta")
    .Select(f => int.Parse(Path.GetFileNameWithoutExtension(f), System.Globalization.CultureInfo.InvariantCulture))
    .ToDictionary(n => n, n => CapturedCase.Load(cases, n));

if (Arg("--explain") is { } explain)
{
    Console.Write(ExplainScript(loaded[int.Parse(explain, System.Globalization.CultureInfo.InvariantCulture)]));
    return;
}

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
// Tuned as a raw endpoint would be: statements prepared after a few runs, no DISCARD ALL when a connection goes back
// (each only when the given connection string does not set it).
var connection = new NpgsqlConnectionStringBuilder(Arg("--db") ?? throw new ArgumentException("--db CONNECTION_STRING is required"));
var given = (Arg("--db") ?? "").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
if (!given.Contains("MAXAUTOPREPARE=", StringComparison.Ordinal))
{
    connection.MaxAutoPrepare = 64;
}

if (!given.Contains("NORESETONCLOSE=", StringComparison.Ordinal))
{
    connection.NoResetOnClose = true;
}

var dataSource = NpgsqlDataSource.Create(connection.ConnectionString);
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.MapMethods("/case/{number:int}", ["GET", "POST"], async (int number, HttpContext http) =>
{
    var captured = loaded[number];
    var fields = new Dictionary<string, string>(StringComparer.Ordinal);
    foreach (var (key, value) in http.Request.Query)
    {
        fields[key] = value.ToString();
    }

    if (http.Request.HasFormContentType)
    {
        foreach (var (key, value) in await http.Request.ReadFormAsync(http.RequestAborted))
        {
            fields[key] = value.ToString();
        }
    }

    var html = new StringBuilder(captured.Size + 256);
    html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .Append(HtmlEncoder.Default.Encode(captured.Name)).Append("</title></head><body><main><table>");
    await using (var connection = await dataSource.OpenConnectionAsync(http.RequestAborted))
    {
        await RunAsync(connection, captured, fields, html, http.RequestAborted);
    }

    html.Append("</table></main></body></html>");
    if (captured.Status is >= 300 and < 400)
    {
        http.Response.StatusCode = captured.Status;
        http.Response.Headers.Location = captured.Location;
        return;
    }

    // Pad to the size of the app's page, so that both send as many bytes.
    if (html.Length < captured.Size)
    {
        html.Append("<!--").Append(' ', Math.Max(0, captured.Size - html.Length - 7)).Append("-->");
    }

    http.Response.ContentType = "text/html; charset=utf-8";
    await http.Response.WriteAsync(html.ToString(), http.RequestAborted);
});
app.Run();

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

// The captured statements in order: reads one command each (rows rendered as table cells); the statements between
// BEGIN and COMMIT sent as one batch in a transaction, as EF Core's SaveChanges sends them.
static async Task RunAsync(
    NpgsqlConnection connection, CapturedCase captured, Dictionary<string, string> fields, StringBuilder html, CancellationToken cancellationToken)
{
    NpgsqlTransaction? transaction = null;
    NpgsqlBatch? batch = null;
    foreach (var statement in captured.Statements)
    {
        if (statement.IsBegin)
        {
            transaction = await connection.BeginTransactionAsync(cancellationToken);
            batch = new NpgsqlBatch(connection, transaction);
            continue;
        }

        if (statement.IsCommit && transaction is not null && batch is not null)
        {
            if (batch.BatchCommands.Count > 0)
            {
                await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
                await RenderAsync(reader, html, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            await batch.DisposeAsync();
            await transaction.DisposeAsync();
            (transaction, batch) = (null, null);
            continue;
        }

        var values = statement.Values.Select(v => v is not null && captured.Substitutions.TryGetValue(v, out var field) && fields.TryGetValue(field, out var sent) ? sent : v);
        if (batch is not null)
        {
            var command = new NpgsqlBatchCommand(statement.Sql);
            foreach (var value in values)
            {
                command.Parameters.Add(Parameter(value));
            }
            batch.BatchCommands.Add(command);
        }
        else
        {
            await using var command = new NpgsqlCommand(statement.Sql, connection);
            foreach (var value in values)
            {
                command.Parameters.Add(Parameter(value));
            }
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await RenderAsync(reader, html, cancellationToken);
        }
    }
}

// The server log has the values as text: sent as text of type "unknown", PostgreSQL infers the type as it did for the app.
static NpgsqlParameter Parameter(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Unknown };

static async Task RenderAsync(NpgsqlDataReader reader, StringBuilder html, CancellationToken cancellationToken)
{
    do
    {
        while (await reader.ReadAsync(cancellationToken))
        {
            html.Append("<tr>");
            for (var i = 0; i < reader.FieldCount; i++)
            {
                html.Append("<td>").Append(HtmlEncoder.Default.Encode(reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString() ?? "")).Append("</td>");
            }

            html.Append("</tr>\n");
        }
    }
    while (await reader.NextResultAsync(cancellationToken));
}

// EXPLAIN (ANALYZE, BUFFERS) of each read, through PREPARE so that the values are typed as the app's were.
static string ExplainScript(CapturedCase captured)
{
    var script = new StringBuilder();
    var n = 0;
    foreach (var statement in captured.Statements.Where(s => s.IsRead))
    {
        n++;
        var values = string.Join(", ", statement.Values.Select(v => v is null ? "NULL" : "'" + v.Replace("'", "''", StringComparison.Ordinal) + "'"));
        script.Append("\\echo '### ").Append(captured.Name.Replace("'", "", StringComparison.Ordinal)).Append(", read ").Append(n).Append("'\n")
            .Append("\\echo '```sql'\n")
            .Append("PREPARE bench_read AS ").Append(statement.Sql).Append(";\n")
            .Append("SELECT statement FROM pg_prepared_statements WHERE name = 'bench_read';\n")
            .Append("\\echo '```'\n\\echo '```'\n")
            .Append("EXPLAIN (ANALYZE, BUFFERS) EXECUTE bench_read").Append(values.Length > 0 ? "(" + values + ")" : "").Append(";\n")
            .Append("\\echo '```'\n")
            .Append("DEALLOCATE bench_read;\n");
    }

    return script.ToString();
}
