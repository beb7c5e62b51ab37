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
