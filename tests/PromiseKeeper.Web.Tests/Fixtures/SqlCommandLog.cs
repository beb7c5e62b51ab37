using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PromiseKeeper.Web.Tests.Fixtures;

/// <summary>
/// Records the SQL that EF Core sends while serving a request that carries the <see cref="ProbeHeader"/>,
/// keyed by the header's value. Requests without the header, and handlers called directly, are not recorded,
/// so nothing else running in the app can change a count.
/// </summary>
public sealed class SqlCommandLog : DbCommandInterceptor
{
    public const string ProbeHeader = "X-Test-Sql-Probe";

    // HttpContextAccessor keeps the current request in a static AsyncLocal: any instance sees it.
    private readonly HttpContextAccessor _accessor = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _commands = new();

    private readonly ConcurrentDictionary<string, int> _readersDisposed = new();

    public IReadOnlyList<string> CommandsFor(string probe) =>
        _commands.TryGetValue(probe, out var commands) ? [.. commands] : [];

    /// <summary>How many data readers the probe's request has finished with (a streamed result keeps its reader open while it sends).</summary>
    public int ReadersClosedFor(string probe) => _readersDisposed.TryGetValue(probe, out var count) ? count : 0;

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        var probe = _accessor.HttpContext?.Request.Headers[ProbeHeader].ToString();
        if (!string.IsNullOrEmpty(probe))
        {
            _readersDisposed.AddOrUpdate(probe, 1, (_, count) => count + 1);
        }

        return result;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        var probe = _accessor.HttpContext?.Request.Headers[ProbeHeader].ToString();
        if (!string.IsNullOrEmpty(probe))
        {
            _commands.GetOrAdd(probe, _ => new ConcurrentQueue<string>()).Enqueue(command.CommandText);
        }
    }
}
