using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PromiseKeeper.Web.Infrastructure.Identity;

/// <summary>
/// Logins this instance ended (by their id, or all of a user's by their old security stamp), checked on every request
/// without a query, so a copied cookie stops working here at once. Other instances learn it from the database at their
/// next check (<see cref="LoginSessionOptions.CheckInterval"/>); after a few intervals the database check suffices, and
/// the entry is dropped.
/// </summary>
public sealed class EndedLogins(IOptions<LoginSessionOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _ended = new(StringComparer.Ordinal);
    private readonly TimeSpan _keep = options.Value.CheckInterval * 3;

    public void EndSession(Guid sessionId) => Add($"session:{sessionId}");

    public void EndStamp(string securityStamp) => Add($"stamp:{securityStamp}");

    public bool HasEnded(Guid sessionId, string? securityStamp) =>
        _ended.ContainsKey($"session:{sessionId}") || (securityStamp is not null && _ended.ContainsKey($"stamp:{securityStamp}"));

    private void Add(string key)
    {
        var now = clock.GetUtcNow();
        foreach (var (old, until) in _ended)
        {
            if (until < now)
            {
                _ended.TryRemove(old, out _);
            }
        }

        _ended[key] = now + _keep;
    }
}
