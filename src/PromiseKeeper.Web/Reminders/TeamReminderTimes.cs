using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Reminders;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Reminders;

/// <summary>
/// Every team's <see cref="ReminderTimes"/> (from its clock settings; the defaults for a team without any and for an
/// incident without a team), and each team's cutoff date for one kind of reminder, as the claim statements take them.
/// </summary>
public sealed class TeamReminderTimes
{
    private readonly Dictionary<int, ReminderTimes> _teams;
    private readonly ReminderTimes _default = new(TeamClockSettings.Rules(null).Calendar);

    private TeamReminderTimes(Dictionary<int, ReminderTimes> teams) => _teams = teams;

    /// <summary>Teams are few: one small read per batch keeps a settings change effective at once.</summary>
    public static async Task<TeamReminderTimes> LoadAsync(PromiseKeeperDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.TeamClockSettings.AsNoTracking().ToListAsync(cancellationToken);
        return new TeamReminderTimes(rows.ToDictionary(r => r.TeamId, r => new ReminderTimes(TeamClockSettings.Rules(r).Calendar)));
    }

    public ReminderTimes Of(int? teamId) => teamId is { } id && _teams.TryGetValue(id, out var times) ? times : _default;

    /// <summary>Per team with settings, the latest date that is due by <paramref name="latest"/>; the same for every other team; and the greatest of them.</summary>
    public Cutoffs CutoffsBy(Func<ReminderTimes, DateOnly> latest)
    {
        ArgumentNullException.ThrowIfNull(latest);
        var teamIds = _teams.Keys.ToArray();
        var dates = teamIds.Select(id => latest(_teams[id])).ToArray();
        var otherwise = latest(_default);
        return new Cutoffs(teamIds, dates, otherwise, dates.Append(otherwise).Max());
    }
}

/// <param name="TeamIds">Teams with their own settings.</param>
/// <param name="Dates">Their cutoffs, in the same order.</param>
/// <param name="Otherwise">The cutoff of every other incident.</param>
/// <param name="Max">The greatest cutoff: the bound of the index range the claim reads.</param>
public sealed record Cutoffs(int[] TeamIds, DateOnly[] Dates, DateOnly Otherwise, DateOnly Max);
