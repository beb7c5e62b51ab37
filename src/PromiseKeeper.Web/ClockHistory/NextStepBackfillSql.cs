namespace PromiseKeeper.Web.ClockHistory;

/// <summary>
/// The HomePageNextSteps migration's backfill: the running clocks the sweep wrote before it recorded each one's account
/// manager and the incident's next step get both, chosen as <see cref="ClockSweep"/> chooses them (not legal's clock; not
/// paused before paused; then the earliest due), so the home page shows them at once instead of after the next change.
/// </summary>
public static class NextStepBackfillSql
{
    public const string Backfill = """
        UPDATE "RunningClocks" rc SET "OwnerId" = i."OwnerId" FROM "Incidents" i WHERE i."Id" = rc."IncidentId";
        UPDATE "RunningClocks" rc SET "IsNextStep" = TRUE
        FROM (SELECT DISTINCT ON ("IncidentId") "IncidentId", "ClockKey" FROM "RunningClocks"
              WHERE "Kind" IS DISTINCT FROM 'LegalReview'
              ORDER BY "IncidentId", ("State" = 'Paused'), "DueAt") n
        WHERE rc."IncidentId" = n."IncidentId" AND rc."ClockKey" = n."ClockKey";
        """;

    /// <summary>The RunningClocksByTeam migration's backfill: each running clock's team, as the sweep now records it.</summary>
    public const string TeamBackfill = """
        UPDATE "RunningClocks" rc SET "TeamId" = i."TeamId" FROM "Incidents" i WHERE i."Id" = rc."IncidentId";
        """;
}
