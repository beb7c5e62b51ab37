-- The clocks as a running system leaves them (the seed's inserts queue every incident, as the first sweep after deploying
-- finds them): the sweep has read every incident, so each queued check waits for a coming warning or breach (spread over
-- the next 1000 hours), and every open incident has its running stage clocks, one of them the account manager's next step
-- (ClockSweep.WriteRunningClocks). One clock per open incident by its stage, plus legal's review while legal is asked
-- (which pauses the account manager's); due a few working days after discovery, so most of a three-year history breached.
UPDATE "ClockChecks" SET "CheckAt" = now() + "IncidentId" % 1000 * interval '1 hour';

INSERT INTO "RunningClocks" ("IncidentId", "ClockKey", "Subject", "Kind", "State", "WarnsAt", "DueAt", "OwnerId", "IsNextStep", "ReadAt")
SELECT i."Id", k.kind, 'Stage', k.kind,
       CASE WHEN k.paused THEN 'Paused' WHEN k.due <= now() THEN 'Breached' WHEN k.due - interval '6 hours' <= now() THEN 'Warning' ELSE 'Running' END,
       k.due - interval '6 hours', k.due, i."OwnerId", k.kind <> 'LegalReview', now()
FROM "Incidents" AS i
CROSS JOIN LATERAL (
    SELECT CASE WHEN i."ClientToldAt" IS NULL AND i."Stage" IN ('InvestigateOrigin', 'ResearchAlternatives') THEN 'TellClient'
                WHEN i."Stage" IN ('InvestigateOrigin', 'ResearchAlternatives', 'ScheduleCall', 'Conversation') THEN 'HoldCall'
                WHEN i."Stage" = 'FollowUpRecap' THEN 'SendRecap'
                ELSE 'SubmitRetro' END AS kind,
           i."LegalReviewStatus" = 'Awaiting' AS paused,
           i."DiscoveredAt" + interval '3 days' AS due
    UNION ALL
    SELECT 'LegalReview', FALSE, i."LegalReviewRequestedAt" + interval '2 days'
    WHERE i."LegalReviewStatus" = 'Awaiting'
) AS k
WHERE i."Stage" <> 'Closed' AND i."Stage" <> 'NotApplicable';

-- The figures as the refresh leaves them (IncidentFiguresRefresh): every incident has its row, and only the open ones
-- whose mistake A is still ahead stay queued (spread like the clock checks). The values follow the seeded facts roughly
-- as the domain computes them: told late or not at all (mistake A), severity from loss and handling, offers for a
-- third of the incidents; enough spread for the dashboard's plans, not a copy of the rules.
INSERT INTO "IncidentFigures" ("IncidentId", "Severity", "SeverityPoints", "MistakeA", "MistakeB", "MistakeC", "MistakeD", "MistakeE",
    "MistakeCount", "TimeToTellMinutes", "ToldFirst", "OfferToLossRatio", "ClientTextsSent", "BlameFindingsSent", "ComputedAt")
SELECT f."Id", CASE WHEN f.points <= 1 THEN 'Low' WHEN f.points <= 3 THEN 'Medium' WHEN f.points <= 5 THEN 'High' ELSE 'Critical' END,
       f.points, f.a, f.b, f.c, f.d, FALSE, f.a::int + f.b::int + f.c::int + f.d::int, f.tell, f.told_first,
       CASE WHEN f."Id" % 3 = 0 THEN round((f."Id" % 97) / 40.0, 4) END, 1 + (f."Id" % 3)::int, CASE WHEN f.c THEN 1 ELSE 0 END, now()
FROM (
    SELECT i."Id",
           i."ClientToldAt" IS NULL OR i."ClientToldAt" - i."DiscoveredAt" > interval '24 hours' AS a,
           i."Id" % 7 = 0 AS b, i."Id" % 11 = 0 AS c, i."Id" % 13 = 0 AS d,
           (EXTRACT(EPOCH FROM i."ClientToldAt" - i."DiscoveredAt") / 60)::int AS tell,
           i."FirstDisclosure" IS NOT DISTINCT FROM 'WeToldTheClient' AS told_first,
           LEAST(3, COALESCE(floor(i."OurLossAmount" / 20000), 1))::int + (i."Id" % 4)::int AS points
    FROM "Incidents" AS i
) AS f
ON CONFLICT ("IncidentId") DO NOTHING;
DELETE FROM "FigureChecks" AS c USING "Incidents" AS i
WHERE i."Id" = c."IncidentId" AND (i."ClientToldAt" IS NOT NULL OR i."Stage" IN ('Closed', 'NotApplicable'));
UPDATE "FigureChecks" SET "CheckAt" = now() + "IncidentId" % 1000 * interval '1 hour';

-- The dashboard's per-day summary as its refresh leaves it (DashboardDaysRefresh): every day built, nothing queued.
-- The seed's inserts went through the triggers, so the queue holds every day; build them all at once instead.
DELETE FROM "DashboardDays";
INSERT INTO "DashboardDays"
SELECT d."Day", r.*
FROM (SELECT DISTINCT (i."DiscoveredAt" AT TIME ZONE 'UTC')::date AS "Day" FROM "Incidents" i) AS d
CROSS JOIN LATERAL dashboard_rows(d."Day"::timestamp AT TIME ZONE 'UTC', (d."Day" + 1)::timestamp AT TIME ZONE 'UTC', NULL) AS r;
DELETE FROM "DashboardDayChecks";
-- Its months (DashboardMonthsSql.Backfill).
DELETE FROM "DashboardMonths";
WITH k AS (SELECT DISTINCT date_trunc('month', d."Day")::date AS "Month", d."TeamId" FROM "DashboardDays" d),
d AS (
    SELECT k."Month", x.*
    FROM k JOIN "DashboardDays" x ON x."SplitKind" = ANY(ARRAY['owner', 'client', 'kind', 'promiser', 'rootcause']) AND x."TeamId" = k."TeamId"
        AND x."Day" >= k."Month" AND x."Day" < (k."Month" + interval '1 month')::date
),
tells AS (
    SELECT d."Month", d."TeamId", d."SplitKind", d."SplitValue", array_agg(t.v ORDER BY t.v) AS "TellMinutes"
    FROM d CROSS JOIN LATERAL unnest(d."TellMinutes") AS t(v)
    GROUP BY 1, 2, 3, 4
)
INSERT INTO "DashboardMonths" ("Month", "TeamId", "SplitKind", "SplitValue", "Label", "Incidents", "Computed", "Open", "MistakeA", "MistakeB", "MistakeC", "MistakeD", "MistakeE", "WithMistakes", "Told", "ToldFirst", "Blame", "Texts", "RatioUnder10", "Ratio10To4", "Ratio4To1", "RatioOver1", "RatioUnknown", "TellMinutes")
SELECT d."Month", d."TeamId", d."SplitKind", d."SplitValue", min(d."Label"),
       sum(d."Incidents")::int, sum(d."Computed")::int, sum(d."Open")::int, sum(d."MistakeA")::int, sum(d."MistakeB")::int, sum(d."MistakeC")::int, sum(d."MistakeD")::int, sum(d."MistakeE")::int, sum(d."WithMistakes")::int, sum(d."Told")::int, sum(d."ToldFirst")::int, sum(d."Blame")::int, sum(d."Texts")::int, sum(d."RatioUnder10")::int, sum(d."Ratio10To4")::int, sum(d."Ratio4To1")::int, sum(d."RatioOver1")::int, sum(d."RatioUnknown")::int,
       min(t."TellMinutes")
FROM d LEFT JOIN tells t ON t."Month" = d."Month" AND t."TeamId" = d."TeamId" AND t."SplitKind" = d."SplitKind" AND t."SplitValue" = d."SplitValue"
GROUP BY 1, 2, 3, 4;

-- The emotional bank account's per-day summary as its refresh leaves it (ClientBankDaysRefresh): every day built,
-- nothing queued. The seed's inserts queued every (client, day) with a change; build them all at once, as the
-- migration's backfill does (ClientBankDaysSql.Backfill), and empty the queue.
DELETE FROM "ClientBankDays";
INSERT INTO "ClientBankDays"
SELECT e."ClientId", (e."At" AT TIME ZONE 'UTC')::date,
       sum(e."Low"), sum(e."Medium"), sum(e."High"), sum(e."Critical"), sum(e."ToldLate"), sum(e."OtherMistakes"),
       sum(e."Blame"), sum(e."WellHandled"), sum(e."PromisesKept"), sum(e."CheckInsDone")
FROM client_bank_rows(ARRAY(SELECT "Id" FROM "Clients"), '-infinity', 'infinity') AS e
GROUP BY 1, 2;
-- Its months (ClientBankMonthsSql.Backfill).
DELETE FROM "ClientBankMonths";
INSERT INTO "ClientBankMonths"
SELECT d."ClientId", date_trunc('month', d."Day")::date,
       sum(d."Low"), sum(d."Medium"), sum(d."High"), sum(d."Critical"), sum(d."ToldLate"), sum(d."OtherMistakes"),
       sum(d."Blame"), sum(d."WellHandled"), sum(d."PromisesKept"), sum(d."CheckInsDone")
FROM "ClientBankDays" AS d
GROUP BY 1, 2;
DELETE FROM "ClientBankDayChecks";
-- Whether each client's account is overdrawn, as the bank-day refresh records it (OverdrawnStandingRequeue), so that the
-- first refresh does not find every client "newly" overdrawn and re-queue the figures of all its incidents (what
-- deploying that check does once on a database whose clients are already overdrawn). The balance here is a rough count
-- with the domain's weights (EmotionalBankAccount), not its rules; a client it gets wrong is corrected by the app's
-- first refresh of that client.
DELETE FROM "ClientBankStandings";
INSERT INTO "ClientBankStandings" ("ClientId", "Overdrawn")
SELECT m."ClientId",
       sum(m."WellHandled" * 3 + m."PromisesKept" + m."CheckInsDone")
     - sum(m."Medium" * 2 + m."High" * 4 + m."Critical" * 6 + m."ToldLate" * 2 + m."OtherMistakes" + m."Blame") <= -6
FROM "ClientBankMonths" AS m
GROUP BY 1;
