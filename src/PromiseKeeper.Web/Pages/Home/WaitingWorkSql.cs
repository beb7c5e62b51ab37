using Npgsql;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Pages.Home;

/// <summary>
/// Everything that waits on one user, as ONE SQL statement: a UNION ALL of one bounded, indexed SELECT per kind of work
/// (<see cref="WaitingKind"/>) for the user's roles. The home page lists its rows; the menu's badge counts them.
/// Every part starts from an index: open incidents per owner or per team (partial, so small), legal's queue, the
/// submitted retros, the measures not done; closed incidents are never scanned.
/// Measures and check-ins given to a user (of any team) are theirs, whatever their roles (<see cref="OwnerParts"/>, from the
/// partial indexes of owners); a measure whose owner is still free text, and a check-in nobody else was given, stay with the
/// incident's account manager.
/// </summary>
public static class WaitingWorkSql
{
    /// <summary>The most rows one kind of work lists; the most urgent are kept.</summary>
    public const int LimitPerKind = 50;

    // The same predicate as the open-incident indexes (IncidentConfiguration), so PostgreSQL sees that they apply.
    private const string Open = "i.\"Stage\" <> 'Closed' AND i.\"Stage\" <> 'NotApplicable'";

    private const string Columns =
        "\"Kind\", \"IncidentId\", \"Title\", \"Client\", \"Stage\", \"Detail\", \"Since\", \"DueOn\", \"UserId\", \"TeamId\", \"Count\", \"DueAt\", \"ClockState\"";

    // A stage clock's state now (rc: a RunningClocks row, maybe none): its due and warning instants passed since the sweep
    // wrote it count as they come; a paused clock's instants move on while it is paused, so it stays paused.
    private const string ClockStateNow =
        "CASE WHEN rc.\"State\" = 'Paused' THEN 'Paused' WHEN rc.\"DueAt\" <= @now THEN 'Breached' "
        + "WHEN rc.\"WarnsAt\" <= @now THEN 'Warning' WHEN rc.\"IncidentId\" IS NOT NULL THEN 'Running' END";

    private const string ClockColumns = $"rc.\"DueAt\" AS \"DueAt\", ({ClockStateNow})::text AS \"ClockState\"";

    private const string NoClock = "NULL::timestamptz AS \"DueAt\", NULL::text AS \"ClockState\"";

    // When the incident reached its current stage: the latest timeline entry that moved it there (the log starts the first).
    private const string StageEnteredAt =
        "COALESCE((SELECT max(e.\"OccurredAt\") FROM \"IncidentEvents\" e WHERE e.\"IncidentId\" = i.\"Id\" "
        + "AND e.\"TextKey\" IN ('logged', 'stage.moved', 'stage.back-to-research')), i.\"LoggedAt\")";

    private static string Part(WaitingKind kind, string select, string fromWhere, string orderBy) =>
        $"(SELECT '{kind}'::text AS \"Kind\", {select} {fromWhere} ORDER BY {orderBy} LIMIT {LimitPerKind})";

    // Columns after "Kind": IncidentId, Title, Client, Stage, Detail, Since, DueOn, UserId, TeamId, Count, DueAt, ClockState.
    private static string IncidentColumns(string detail, string since, string dueOn = "NULL::date", string clock = NoClock) =>
        $"i.\"Id\" AS \"IncidentId\", i.\"Summary\" AS \"Title\", c.\"Name\" AS \"Client\", i.\"Stage\"::text AS \"Stage\", {detail}::text AS \"Detail\", "
        + $"{since}::timestamptz AS \"Since\", {dueOn} AS \"DueOn\", NULL::text AS \"UserId\", NULL::int AS \"TeamId\", NULL::int AS \"Count\", {clock}";

    // An owner may not see the incident: only its number and client, never its summary or stage.
    private static string OwnedColumns(string detail, string dueOn) =>
        $"i.\"Id\" AS \"IncidentId\", ''::text AS \"Title\", c.\"Name\" AS \"Client\", NULL::text AS \"Stage\", {detail}::text AS \"Detail\", "
        + $"NULL::timestamptz AS \"Since\", {dueOn} AS \"DueOn\", NULL::text AS \"UserId\", NULL::int AS \"TeamId\", NULL::int AS \"Count\", {NoClock}";

    private const string IncidentsWithClient = "FROM \"Incidents\" i JOIN \"Clients\" c ON c.\"Id\" = i.\"ClientId\"";

    // An open incident of the user's that waits on them: a submitted retro waits on the lead, not on the account manager.
    private const string MyOpenIncident =
        $"i.\"OwnerId\" = @me AND {Open} AND NOT EXISTS (SELECT 1 FROM \"IncidentRetros\" r WHERE r.\"IncidentId\" = i.\"Id\" AND r.\"Status\" = 'Submitted')";

    /// <summary>
    /// Each open incident's next step with the due time of its most urgent clock (the sweep's <c>IsNextStep</c> row): running
    /// clocks by due time (so breached ones first), then paused ones, then the incidents the sweep has not read since their last
    /// change (queued in ClockChecks, due now), which have no due time yet. Each source is read along its own index and cut at
    /// the limit, so an account manager with tens of thousands of open incidents costs the same as one with ten.
    /// </summary>
    private static string NextStepPart()
    {
        const string clocked = $"FROM \"RunningClocks\" rc JOIN \"Incidents\" i ON i.\"Id\" = rc.\"IncidentId\" JOIN \"Clients\" c ON c.\"Id\" = i.\"ClientId\" "
            + $"WHERE rc.\"OwnerId\" = @me AND rc.\"IsNextStep\" AND {MyOpenIncident} AND rc.\"State\" ";
        string Source(int rank, string select, string fromWhere, string orderBy) =>
            $"(SELECT {rank} AS \"Rank\", '{WaitingKind.NextStep}'::text AS \"Kind\", {select} {fromWhere} ORDER BY {orderBy} LIMIT {LimitPerKind})";
        var clockColumns = IncidentColumns("rc.\"Kind\"", StageEnteredAt, clock: ClockColumns);
        string[] sources =
        [
            Source(0, clockColumns, clocked + "<> 'Paused'", "rc.\"DueAt\", i.\"Id\""),
            Source(1, clockColumns, clocked + "= 'Paused'", "rc.\"DueAt\", i.\"Id\""),
            Source(2, IncidentColumns("NULL", StageEnteredAt),
                "FROM \"ClockChecks\" cc JOIN \"Incidents\" i ON i.\"Id\" = cc.\"IncidentId\" JOIN \"Clients\" c ON c.\"Id\" = i.\"ClientId\" "
                + $"WHERE cc.\"CheckAt\" <= @now AND {MyOpenIncident} AND NOT EXISTS (SELECT 1 FROM \"RunningClocks\" n "
                + "WHERE n.\"IncidentId\" = i.\"Id\" AND n.\"IsNextStep\" AND n.\"OwnerId\" = @me)",
                "cc.\"CheckAt\", i.\"Id\""),
        ];
        return $"(SELECT {Columns} FROM ({string.Join(" UNION ALL ", sources)}) AS next "
            + $"ORDER BY \"Rank\", \"DueAt\", \"Since\", \"IncidentId\" LIMIT {LimitPerKind})";
    }

    private static IEnumerable<string> AccountManagerParts() =>
    [
        NextStepPart(),
        Part(WaitingKind.LegalChangesAsked,
            IncidentColumns("i.\"ContractReference\"", "(SELECT max(lr.\"ReviewedAt\") FROM \"LegalReviews\" lr WHERE lr.\"IncidentId\" = i.\"Id\")"),
            $"{IncidentsWithClient} WHERE i.\"OwnerId\" = @me AND {Open} AND i.\"LegalReviewStatus\" = 'ChangesRequired'",
            "\"Since\", i.\"Id\""),
        Part(WaitingKind.RetroSentBack, IncidentColumns("NULL", "r.\"ReviewedAt\""),
            $"{IncidentsWithClient} JOIN \"IncidentRetros\" r ON r.\"IncidentId\" = i.\"Id\" "
            + $"WHERE i.\"OwnerId\" = @me AND {Open} AND r.\"Status\" = 'SentBack'",
            "\"Since\", i.\"Id\""),
        Part(WaitingKind.CheckInDue, IncidentColumns("ch.\"Topic\"", "NULL", "ch.\"PlannedOn\""),
            $"{IncidentsWithClient} JOIN \"CheckIns\" ch ON ch.\"IncidentId\" = i.\"Id\" "
            + $"WHERE i.\"OwnerId\" = @me AND {Open} AND ch.\"OwnerId\" IS NULL AND NOT ch.\"IsDone\" AND ch.\"CancelledAt\" IS NULL AND ch.\"PlannedOn\" <= @today",
            "ch.\"PlannedOn\", ch.\"Id\""),
        // A measure whose owner is still free text: the account manager picks a user for it.
        Part(WaitingKind.MeasureDue, IncidentColumns("m.\"Description\"", "NULL", "m.\"DueOn\""),
            $"{IncidentsWithClient} JOIN \"PreventionMeasures\" m ON m.\"IncidentId\" = i.\"Id\" "
            + $"WHERE i.\"OwnerId\" = @me AND {Open} AND m.\"OwnerId\" IS NULL AND m.\"Status\" <> '{nameof(MeasureStatus.Done)}' AND m.\"DueOn\" <= @soon",
            "m.\"DueOn\", m.\"Id\""),
    ];

    // Given to the user, on any team's incident; followed to done after closing too, not on one marked not applicable.
    private static IEnumerable<string> OwnerParts() =>
    [
        Part(WaitingKind.MeasureOwned, OwnedColumns("m.\"Description\"", "m.\"DueOn\""),
            $"FROM \"PreventionMeasures\" m JOIN \"Incidents\" i ON i.\"Id\" = m.\"IncidentId\" JOIN \"Clients\" c ON c.\"Id\" = i.\"ClientId\" "
            + $"WHERE m.\"OwnerId\" = @me AND m.\"Status\" <> '{nameof(MeasureStatus.Done)}' AND i.\"Stage\" <> 'NotApplicable'",
            "m.\"DueOn\", m.\"Id\""),
        Part(WaitingKind.CheckInOwned, OwnedColumns("ch.\"Topic\"", "ch.\"PlannedOn\""),
            $"FROM \"CheckIns\" ch JOIN \"Incidents\" i ON i.\"Id\" = ch.\"IncidentId\" JOIN \"Clients\" c ON c.\"Id\" = i.\"ClientId\" "
            + "WHERE ch.\"OwnerId\" = @me AND NOT ch.\"IsDone\" AND ch.\"CancelledAt\" IS NULL AND ch.\"PlannedOn\" <= @today AND i.\"Stage\" <> 'NotApplicable'",
            "ch.\"PlannedOn\", ch.\"Id\""),
    ];

    private static IEnumerable<string> LegalParts() =>
    [
        Part(WaitingKind.LegalReview, IncidentColumns("i.\"ContractReference\"", "i.\"LegalReviewRequestedAt\"", clock: ClockColumns),
            $"{IncidentsWithClient} LEFT JOIN \"RunningClocks\" rc ON rc.\"IncidentId\" = i.\"Id\" AND rc.\"ClockKey\" = 'LegalReview' "
            + $"WHERE i.\"LegalReviewStatus\" = 'Awaiting' AND i.\"ContractReference\" IS NOT NULL AND {Open}",
            "i.\"LegalReviewRequestedAt\", i.\"Id\""),
    ];

    private static IEnumerable<string> TeamLeadParts() =>
    [
        Part(WaitingKind.RetroToReview, IncidentColumns("o.\"DisplayName\"", "r.\"SubmittedAt\""),
            $"{IncidentsWithClient} JOIN \"IncidentRetros\" r ON r.\"IncidentId\" = i.\"Id\" JOIN \"AspNetUsers\" o ON o.\"Id\" = i.\"OwnerId\" "
            + "WHERE i.\"TeamId\" = @team AND i.\"Stage\" = 'InternalRetro' AND r.\"Status\" = 'Submitted'",
            "\"Since\", i.\"Id\""),

        // Measures are followed to done after closing too (as on the reviews page); not on an incident marked not applicable.
        Part(WaitingKind.TeamMeasureOverdue, IncidentColumns("m.\"Description\"", "NULL", "m.\"DueOn\""),
            $"{IncidentsWithClient} JOIN \"PreventionMeasures\" m ON m.\"IncidentId\" = i.\"Id\" "
            + $"WHERE i.\"TeamId\" = @team AND i.\"Stage\" <> 'NotApplicable' AND m.\"Status\" <> '{nameof(MeasureStatus.Done)}' AND m.\"DueOn\" < @today",
            "m.\"DueOn\", m.\"Id\""),
        // The mistakes as the figures refresh last computed them (at most one scheduler interval behind; mistake A's 24 hours queue a refresh).
        Part(WaitingKind.MistakesFound, IncidentColumns(MistakeLetters, "i.\"DiscoveredAt\""),
            $"{IncidentsWithClient} JOIN \"IncidentFigures\" f ON f.\"IncidentId\" = i.\"Id\" WHERE i.\"TeamId\" = @team AND {Open} AND f.\"MistakeCount\" > 0",
            "i.\"DiscoveredAt\", i.\"Id\""),
        Part(WaitingKind.OwnerDeactivated, IncidentColumns("o.\"DisplayName\"", "o.\"DeactivatedAt\""),
            $"{IncidentsWithClient} JOIN \"AspNetUsers\" o ON o.\"Id\" = i.\"OwnerId\" WHERE i.\"TeamId\" = @team AND {Open} AND NOT o.\"IsActive\"",
            "\"Since\", i.\"Id\""),

        // Any stage clock of the team's open incidents past its warning (legal's too: the lead answers for the team's clocks).
        Part(WaitingKind.ClockAtRisk, IncidentColumns("rc.\"Kind\"", "NULL", clock: ClockColumns),
            $"{IncidentsWithClient} JOIN \"RunningClocks\" rc ON rc.\"IncidentId\" = i.\"Id\" "
            + $"WHERE rc.\"TeamId\" = @team AND i.\"TeamId\" = @team AND {Open} AND rc.\"State\" <> 'Paused' AND rc.\"WarnsAt\" <= @now",
            "rc.\"DueAt\", i.\"Id\", rc.\"ClockKey\""),
    ];

    // A head of customer success follows every team: the retros waiting on a lead (the partial index of submitted retros)
    // and the clocks that breached, the longest breached first.
    private static IEnumerable<string> EveryTeamParts() =>
    [
        Part(WaitingKind.RetroAwaitingLead, IncidentColumns("o.\"DisplayName\"", "r.\"SubmittedAt\""),
            $"{IncidentsWithClient} JOIN \"IncidentRetros\" r ON r.\"IncidentId\" = i.\"Id\" JOIN \"AspNetUsers\" o ON o.\"Id\" = i.\"OwnerId\" "
            + "WHERE i.\"Stage\" = 'InternalRetro' AND r.\"Status\" = 'Submitted'",
            "\"Since\", i.\"Id\""),
        Part(WaitingKind.ClockBreached, IncidentColumns("rc.\"Kind\"", "NULL", clock: ClockColumns),
            $"{IncidentsWithClient} JOIN \"RunningClocks\" rc ON rc.\"IncidentId\" = i.\"Id\" "
            + $"WHERE {Open} AND rc.\"State\" <> 'Paused' AND rc.\"DueAt\" <= @now",
            "rc.\"DueAt\", i.\"Id\", rc.\"ClockKey\""),
    ];

    private static IEnumerable<string> AdminParts() =>
    [
        Part(WaitingKind.TeamWithoutLead,
            "NULL::bigint AS \"IncidentId\", t.\"Name\" AS \"Title\", NULL::text AS \"Client\", NULL::text AS \"Stage\", NULL::text AS \"Detail\", "
            + "t.\"CreatedAt\" AS \"Since\", NULL::date AS \"DueOn\", NULL::text AS \"UserId\", t.\"Id\" AS \"TeamId\", NULL::int AS \"Count\", " + NoClock,
            "FROM \"Teams\" t WHERE NOT EXISTS (SELECT 1 FROM \"AspNetUsers\" u JOIN \"AspNetUserRoles\" ur ON ur.\"UserId\" = u.\"Id\" "
            + "JOIN \"AspNetRoles\" ro ON ro.\"Id\" = ur.\"RoleId\" WHERE u.\"TeamId\" = t.\"Id\" AND u.\"IsActive\" AND ro.\"Name\" = @leadRole)",
            "t.\"CreatedAt\", t.\"Id\""),
        Part(WaitingKind.DeactivatedOwner,
            "NULL::bigint AS \"IncidentId\", u.\"DisplayName\" AS \"Title\", NULL::text AS \"Client\", NULL::text AS \"Stage\", NULL::text AS \"Detail\", "
            + "u.\"DeactivatedAt\" AS \"Since\", NULL::date AS \"DueOn\", u.\"Id\" AS \"UserId\", NULL::int AS \"TeamId\", "
            + $"(SELECT count(*) FROM \"Incidents\" i WHERE i.\"OwnerId\" = u.\"Id\" AND {Open})::int AS \"Count\", {NoClock}",
            $"FROM \"AspNetUsers\" u WHERE NOT u.\"IsActive\" AND EXISTS (SELECT 1 FROM \"Incidents\" i WHERE i.\"OwnerId\" = u.\"Id\" AND {Open})",
            "u.\"DeactivatedAt\", u.\"Id\""),
    ];

    /// <summary>The incident's typical mistakes A-E as letters ("AC"), from its <see cref="Figures.IncidentFigures"/> row (f).</summary>
    private const string MistakeLetters =
        "concat_ws('', CASE WHEN f.\"MistakeA\" THEN 'A' END, CASE WHEN f.\"MistakeB\" THEN 'B' END, CASE WHEN f.\"MistakeC\" THEN 'C' END, "
        + "CASE WHEN f.\"MistakeD\" THEN 'D' END, CASE WHEN f.\"MistakeE\" THEN 'E' END)";

    /// <summary>The statement for the user's roles and its parameters; null when no role has anything to wait for.</summary>
    public static (string Sql, NpgsqlParameter[] Parameters)? For(ICurrentUser user, DateTimeOffset now, DateOnly today, bool countOnly)
    {
        ArgumentNullException.ThrowIfNull(user);
        var parts = new List<string>(OwnerParts());
        if (user.IsInRole(Roles.AccountManager) || user.IsInRole(Roles.TeamLead))
        {
            parts.AddRange(AccountManagerParts());
        }

        if (user.IsInRole(Roles.Legal))
        {
            parts.AddRange(LegalParts());
        }

        if (user.IsInRole(Roles.TeamLead) && user.TeamId is not null)
        {
            parts.AddRange(TeamLeadParts());
        }

        if (user.SeesEveryTeam())
        {
            parts.AddRange(EveryTeamParts());
        }

        if (user.IsInRole(Roles.Admin))
        {
            parts.AddRange(AdminParts());
        }

        if (parts.Count == 0)
        {
            return null;
        }

        var union = string.Join("\nUNION ALL\n", parts);
        var sql = countOnly ? $"SELECT count(*)::int AS \"Value\" FROM ({union}) AS waiting" : $"SELECT {Columns} FROM ({union}) AS waiting";
        NpgsqlParameter[] parameters =
        [
            new("me", user.Id),
            new("team", user.TeamId ?? 0),
            new("now", now.ToUniversalTime()),
            new("today", today),
            new("soon", today.AddDays(7)),
            new("leadRole", Roles.TeamLead),
        ];
        return (sql, parameters.Where(p => sql.Contains('@' + p.ParameterName, StringComparison.Ordinal)).ToArray());
    }
}
