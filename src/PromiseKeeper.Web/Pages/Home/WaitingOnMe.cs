using Mediator;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Home;

/// <summary>One thing waiting on the reader, as read by <see cref="WaitingWorkSql"/> (a column per property).</summary>
public sealed class WaitingRow
{
    public string Kind { get; init; } = string.Empty;

    public long? IncidentId { get; init; }

    /// <summary>The incident's summary, the team's name or the user's name.</summary>
    public string Title { get; init; } = string.Empty;

    public string? Client { get; init; }

    public string? Stage { get; init; }

    /// <summary>The measure, the check-in's topic, the contract, the mistakes' letters or a person's name, by kind.</summary>
    public string? Detail { get; init; }

    /// <summary>Since when it has waited; null for what is due on a date.</summary>
    public DateTimeOffset? Since { get; init; }

    public DateOnly? DueOn { get; init; }

    public string? UserId { get; init; }

    public int? TeamId { get; init; }

    public int? Count { get; init; }

    /// <summary>When the row's stage clock is due (<see cref="ClockHistory.RunningClock"/>); null without a running clock.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>The clock's state now: Running, Warning, Breached or Paused (a <see cref="Domain.Clocks.ClockState"/> name).</summary>
    public string? ClockState { get; init; }
}

/// <summary>One row of the home page, its kind parsed; <see cref="Overdue"/> rows (past their date, or their clock breached) come first.</summary>
public sealed record WaitingItem(WaitingKind Kind, WaitingRow Row, bool Overdue)
{
    public PlaybookStage? Stage => Enum.TryParse<PlaybookStage>(Row.Stage, out var stage) ? stage : null;

    public ClockState? Clock => Enum.TryParse<ClockState>(Row.ClockState, out var state) ? state : null;

    /// <summary>The stage clock a next step or a clock at risk is about (their <see cref="WaitingRow.Detail"/>).</summary>
    public ClockKind? ClockKind =>
        Kind is WaitingKind.NextStep or WaitingKind.ClockAtRisk or WaitingKind.ClockBreached && Enum.TryParse<ClockKind>(Row.Detail, out var kind) ? kind : null;
}

/// <summary>What waits on the signed-in user, per section of their roles, most urgent first.</summary>
/// <param name="Sections">Only the sections of the user's roles, each possibly empty.</param>
public sealed record WaitingWork(IReadOnlyDictionary<WaitingSection, IReadOnlyList<WaitingItem>> Sections, DateTimeOffset Now, DateOnly Today)
{
    public int Count => Sections.Values.Sum(s => s.Count);
}

/// <summary>The home page's list: one statement for all the user's roles.</summary>
[AuthorizeRequest(RequestAccess.OwnWork)]
public sealed record WaitingOnMeQuery : IQuery<WaitingWork>;

/// <summary>How many things wait on the signed-in user (the menu's badge): one statement.</summary>
[AuthorizeRequest(RequestAccess.OwnWork)]
public sealed record WaitingCountQuery : IQuery<int>;

public sealed class WaitingOnMeHandler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<WaitingOnMeQuery, WaitingWork>, IQueryHandler<WaitingCountQuery, int>
{
    public async ValueTask<WaitingWork> Handle(WaitingOnMeQuery query, CancellationToken cancellationToken)
    {
        var (now, today) = Now();
        var rows = WaitingWorkSql.For(user, now, today, countOnly: false) is { } statement
            ? await db.Database.SqlQueryRaw<WaitingRow>(statement.Sql, statement.Parameters).ToListAsync(cancellationToken)
            : [];

        var items = rows.Select(r => Item(r, today)).ToList();
        // The owned section is no role's: it is there only when something was given to the user.
        var sections = SectionsOf(user).Where(s => s != WaitingSection.Owned || items.Any(i => WaitingKinds.SectionOf(i.Kind) == s)).ToDictionary(
            s => s,
            s => (IReadOnlyList<WaitingItem>)[.. items.Where(i => WaitingKinds.SectionOf(i.Kind) == s)
                .OrderBy(i => i.Overdue ? 0 : 1)
                .ThenBy(i => Waiting(i.Row))
                .ThenBy(i => i.Row.IncidentId)]);
        return new WaitingWork(sections, now, today);
    }

    public async ValueTask<int> Handle(WaitingCountQuery query, CancellationToken cancellationToken)
    {
        var (now, today) = Now();
        return WaitingWorkSql.For(user, now, today, countOnly: true) is { } statement
            ? await db.Database.SqlQueryRaw<int>(statement.Sql, statement.Parameters).SingleAsync(cancellationToken)
            : 0;
    }

    /// <summary>The sections the user's roles have, and the owned one, in page order (a team lead without a team has none to lead).</summary>
    public static IEnumerable<WaitingSection> SectionsOf(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.AccountManager) || user.IsInRole(Roles.TeamLead))
        {
            yield return WaitingSection.MyIncidents;
        }

        yield return WaitingSection.Owned;

        if (user.IsInRole(Roles.Legal))
        {
            yield return WaitingSection.Legal;
        }

        if (user.IsInRole(Roles.TeamLead) && user.TeamId is not null)
        {
            yield return WaitingSection.Team;
        }

        if (user.SeesEveryTeam())
        {
            yield return WaitingSection.EveryTeam;
        }

        if (user.IsInRole(Roles.Admin))
        {
            yield return WaitingSection.Admin;
        }
    }

    private (DateTimeOffset Now, DateOnly Today) Now()
    {
        var now = clock.GetUtcNow();
        var zone = TimeZoneIds.Find(user.TimeZoneId) ?? DateTimeZone.Utc;
        return (now, Instant.FromDateTimeOffset(now).InZone(zone).Date.ToDateOnly());
    }

    private static WaitingItem Item(WaitingRow row, DateOnly today) =>
        new(Enum.Parse<WaitingKind>(row.Kind), row, (row.DueOn is { } due && due < today) || row.ClockState == nameof(ClockState.Breached));

    // A clock's due time comes first; what is due on a date has waited since that day; the rest since it started waiting.
    private static DateTimeOffset Waiting(WaitingRow row) =>
        row.DueAt ?? row.Since ?? (row.DueOn is { } due ? new DateTimeOffset(due.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.MaxValue);
}
