using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.List;

/// <summary>A person who can own incidents, for the list's account manager filter.</summary>
public sealed record OwnerEntry(string Id, string Name, int? TeamId);

/// <summary>A team, for the list's team filter.</summary>
public sealed record TeamEntry(int Id, string Name);

/// <summary>
/// The people who own incidents (account managers and team leads) and the teams, kept in memory for
/// <see cref="MaxAge"/> so the list's pickers cost no statement on most requests (the list itself is one statement).
/// Names and teams change rarely; a change saved by this process drops the copy (<see cref="IncidentListPickersInvalidation"/>),
/// one saved by another instance shows within <see cref="MaxAge"/>.
/// </summary>
public sealed class IncidentListPickers(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private Snapshot? _snapshot;
    private int _generation;

    /// <summary>Forgets the copy; the next reader loads it again.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    public async Task<(IReadOnlyList<OwnerEntry> Owners, IReadOnlyList<TeamEntry> Teams)> AllAsync(
        PromiseKeeperDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var generation = Volatile.Read(ref _generation);
        var now = clock.GetUtcNow();
        if (Volatile.Read(ref _snapshot) is { } snapshot && snapshot.Generation == generation && now - snapshot.LoadedAt < MaxAge)
        {
            return (snapshot.Owners, snapshot.Teams);
        }

        string[] owning = [Roles.AccountManager, Roles.TeamLead];
        var owners = await db.Users.AsNoTracking()
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && owning.Contains(r.Name!))))
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Select(u => new OwnerEntry(u.Id, u.DisplayName, u.TeamId))
            .ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new TeamEntry(t.Id, t.Name)).ToListAsync(cancellationToken);
        Volatile.Write(ref _snapshot, new Snapshot(generation, now, owners, teams));
        return (owners, teams);
    }

    private sealed record Snapshot(int Generation, DateTimeOffset LoadedAt, IReadOnlyList<OwnerEntry> Owners, IReadOnlyList<TeamEntry> Teams);
}
