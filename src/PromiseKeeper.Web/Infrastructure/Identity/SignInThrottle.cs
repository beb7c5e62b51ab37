using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace PromiseKeeper.Web.Infrastructure.Identity;

/// <summary>
/// Failed sign-ins counted per account and client address together, with a growing wait once there are too many: the
/// delay that replaces Identity's lockout, which let anyone lock any account (the admin's too) with five wrong
/// passwords. The same rules apply whether the account exists or not, so the answers tell nothing about which do.
/// Kept in memory per instance: with several instances an attacker gets a few more tries, which the rate limits
/// (<see cref="SignInRateLimits"/>) still bound.
/// </summary>
public sealed class SignInThrottle(IOptions<SignInAttemptOptions> options, TimeProvider clock)
{
    private const int PruneAbove = 10_000;

    private readonly SignInAttemptOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _ownersTold = new(StringComparer.Ordinal);

    private sealed record Failures(int Count, DateTimeOffset Last, DateTimeOffset WaitUntil);

    /// <summary>How long this account must wait before another attempt from this address; null when it may try now.</summary>
    public TimeSpan? WaitBeforeNextAttempt(string account, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        return _failures.TryGetValue(Key(account, address), out var failures) && failures.WaitUntil > now
            ? failures.WaitUntil - now
            : null;
    }

    /// <summary>Counts a failure; returns the wait it starts, if any.</summary>
    public TimeSpan? RecordFailure(string account, IPAddress? address) => RecordFailure(account, address, out _);

    /// <summary>
    /// Counts a failure; returns the wait it starts, if any. <paramref name="tellOwner"/> is true for the failure that
    /// starts a lockout (the first wait since the last success, or since failures were forgotten), at most once per
    /// account every <see cref="SignInAttemptOptions.OwnerToldAtMostEvery"/> whatever the addresses: the longer waits
    /// that follow belong to the same lockout, and many addresses must not flood the owner's mailbox.
    /// </summary>
    public TimeSpan? RecordFailure(string account, IPAddress? address, out bool tellOwner)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count > PruneAbove || _ownersTold.Count > PruneAbove)
        {
            Prune(now);
        }

        var updated = _failures.AddOrUpdate(
            Key(account, address),
            _ => Next(0, now),
            (_, previous) => Next(now - previous.Last > _options.FailuresForgottenAfter ? 0 : previous.Count, now));
        // Each update makes a new count, so only one failure sees the one that starts the wait.
        tellOwner = updated.Count == _options.FailuresBeforeDelay && OwnerNotToldSince(AccountKey(account), now);
        return updated.WaitUntil > now ? updated.WaitUntil - now : null;
    }

    public void RecordSuccess(string account, IPAddress? address) => _failures.TryRemove(Key(account, address), out _);

    /// <summary>Forgets every failure (the tests start each case from none).</summary>
    public void Clear()
    {
        _failures.Clear();
        _ownersTold.Clear();
    }

    private bool OwnerNotToldSince(string account, DateTimeOffset now)
    {
        while (true)
        {
            if (!_ownersTold.TryGetValue(account, out var told))
            {
                if (_ownersTold.TryAdd(account, now))
                {
                    return true;
                }
            }
            else if (now - told < _options.OwnerToldAtMostEvery)
            {
                return false;
            }
            else if (_ownersTold.TryUpdate(account, now, told))
            {
                return true;
            }
        }
    }

    private Failures Next(int previousCount, DateTimeOffset now)
    {
        var count = previousCount + 1;
        var over = count - _options.FailuresBeforeDelay;
        if (over < 0)
        {
            return new Failures(count, now, now);
        }

        var delay = _options.FirstDelay * Math.Pow(2, Math.Min(over, 20));
        return new Failures(count, now, now + (delay < _options.LongestDelay ? delay : _options.LongestDelay));
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, failures) in _failures)
        {
            if (now - failures.Last > _options.FailuresForgottenAfter || (failures.WaitUntil <= now && now - failures.Last > _options.RateWindow))
            {
                _failures.TryRemove(key, out _);
            }
        }

        foreach (var (account, told) in _ownersTold)
        {
            if (now - told >= _options.OwnerToldAtMostEvery)
            {
                _ownersTold.TryRemove(account, out _);
            }
        }
    }

    private static string Key(string account, IPAddress? address) => $"{AccountKey(account)}|{address}";

    private static string AccountKey(string account) => account.Trim().ToUpperInvariant();
}
