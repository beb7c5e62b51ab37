-- Children of the bench incidents (bench/run.sh runs this after seed.sql), in proportions a busy
-- team's history would leave: every incident has evidence; options once alternatives were
-- researched; the call record from ScheduleCall on, the conversation, recap and retro once the
-- incident is past those stages; check-ins and prevention measures for the later stages; blame
-- findings for a third of the incidents past the call; a legal review for contract-linked incidents
-- past their review; and a few more timeline events per stage passed. Closed incidents went through
-- every stage; NotApplicable ones through none. Enum columns hold the C# member names.
-- Deterministic apart from now() and gen_random_uuid(): setseed fixes random().
\set ON_ERROR_STOP on

BEGIN;
SELECT setseed(0.1717);

-- The stage an incident reached, as a number (6 = Closed, -1 = NotApplicable).
CREATE TEMP TABLE bench_stage ON COMMIT DROP AS
SELECT i."Id" AS id, i."DiscoveredAt" AS at, i."OwnerId" AS owner_id, i."ContractReference" AS contract,
       i."LegalReviewStatus" AS legal,
       CASE i."Stage" WHEN 'InvestigateOrigin' THEN 0 WHEN 'ResearchAlternatives' THEN 1 WHEN 'ScheduleCall' THEN 2
           WHEN 'Conversation' THEN 3 WHEN 'FollowUpRecap' THEN 4 WHEN 'InternalRetro' THEN 5
           WHEN 'Closed' THEN 6 ELSE -1 END AS stage
FROM "Incidents" AS i
WHERE i."Summary" LIKE 'Bench incident %';

-- Evidence: one to three items, pasted text or a file's metadata.
INSERT INTO "EvidenceItems" ("Id", "IncidentId", "Title", "PastedText", "FileName", "ContentType", "SizeBytes",
    "AddedAt", "AddedByName")
SELECT gen_random_uuid(), s.id, format('Evidence %s of incident %s', n, s.id),
       CASE WHEN n % 2 = 1 THEN 'From: the client. We were told the feature would be live by the first of the month; it is not.' END,
       CASE WHEN n % 2 = 0 THEN format('statement-of-work-%s.pdf', s.id % 1000) END,
       CASE WHEN n % 2 = 0 THEN 'application/pdf' END,
       CASE WHEN n % 2 = 0 THEN 40000 + s.id % 200000 END,
       s.at + n * interval '3 hours', 'Bench Owner'
FROM bench_stage AS s
CROSS JOIN LATERAL generate_series(1, 1 + (s.id % 3)::int) AS n;

-- Compensation options: two or three, from ResearchAlternatives on (one offered once past the call).
INSERT INTO "CompensationOptions" ("Id", "IncidentId", "Kind", "Description", "ConfirmedBy", "ConfirmedAt",
    "IsOffered", "CostToUsAmount", "CostToUsCurrency", "ValueToClientAmount", "ValueToClientCurrency")
SELECT gen_random_uuid(), s.id,
       (ARRAY['Discount', 'FreeHours', 'PlatformAccess', 'QuickBuild', 'NewTimeline', 'Refund', 'Other'])[1 + (s.id + n) % 7],
       format('Option %s: what we can offer to make up for the missed promise.', n),
       CASE WHEN n = 1 THEN 'Finance lead' END, CASE WHEN n = 1 THEN s.at + interval '2 days' END,
       n = 1 AND s.stage >= 3, round((500 + random() * 5000)::numeric, 2), 'EUR',
       round((1000 + random() * 9000)::numeric, 2), 'EUR'
FROM bench_stage AS s
CROSS JOIN LATERAL generate_series(1, 2 + (s.id % 2)::int) AS n
WHERE s.stage >= 1;

-- The call record, from ScheduleCall on (sent once the incident is past it).
INSERT INTO "IncidentCalls" ("IncidentId", "Mode", "StartsAt", "TimeZoneId", "Channel", "Attendees", "RequestEmail",
    "CallPlan", "SentAt", "InviteSequence")
SELECT s.id, 'Call', s.at + interval '4 days', 'Europe/Berlin',
       (ARRAY['Phone', 'Video', 'InPerson'])[1 + s.id % 3], 'The client contact and their project lead',
       'Could we talk this week about the missed delivery? We would like to explain what happened.',
       'Listen first; own the miss; explain the cause in one sentence; offer the options.',
       CASE WHEN s.stage >= 3 THEN s.at + interval '3 days' END, CASE WHEN s.stage >= 3 THEN 1 ELSE 0 END
FROM bench_stage AS s
WHERE s.stage >= 2;

-- The conversation, once it was held.
INSERT INTO "IncidentConversations" ("IncidentId", "HeldAt", "Notes", "ClientSharedFeelings", "Acknowledgement",
    "OfferResponse", "ResponseNote", "RecordedAt")
SELECT s.id, s.at + interval '4 days',
       'The client was disappointed but appreciated the call; we went through the options together.',
       s.id % 2 = 0, (ARRAY['Apology', 'Regret', 'ClarifiedAndMovedOn'])[1 + s.id % 3],
       (ARRAY['Accepted', 'Countered', 'Rejected'])[1 + s.id % 3],
       CASE WHEN s.id % 3 = 1 THEN 'They asked for more hours instead of the discount.' END,
       s.at + interval '4 days 2 hours'
FROM bench_stage AS s
WHERE s.stage >= 4;

-- The recap, sent once the incident is past it.
INSERT INTO "IncidentRecaps" ("IncidentId", "Text", "SentAt", "SentByName")
SELECT s.id, 'Thank you for your time today. As agreed, we will deliver the remaining work by the new date.',
       s.at + interval '5 days', 'Bench Owner'
FROM bench_stage AS s
WHERE s.stage >= 5;

-- The retro: a draft while in InternalRetro, approved once closed.
INSERT INTO "IncidentRetros" ("IncidentId", "WhatHappened", "RootCauseCategory", "RootCause", "LessonsLearned",
    "SubmittedAt", "SubmittedByName", "ReviewedAt", "ReviewedByName", "Status")
SELECT s.id, 'The delivery date was promised before the team had estimated the work.',
       (ARRAY['PromiseWithoutCheckingCapacity', 'EstimationError', 'MissedHandover', 'UnclearRequirements',
              'QualityProcessGap', 'ThirdPartyDependency', 'CommunicationGap', 'Other'])[1 + s.id % 8],
       'Sales committed to a date without asking delivery.', 'Check capacity with the team before promising a date.',
       CASE WHEN s.stage = 6 THEN s.at + interval '10 days' END, CASE WHEN s.stage = 6 THEN 'Bench Owner' END,
       CASE WHEN s.stage = 6 THEN s.at + interval '11 days' END, CASE WHEN s.stage = 6 THEN 'Bench Lead' END,
       CASE WHEN s.stage = 6 THEN 'Approved' ELSE 'Draft' END
FROM bench_stage AS s
WHERE s.stage >= 5;

-- Check-ins: one or two from FollowUpRecap on (done for closed incidents). The due reminder went out for those planned
-- before today (the scheduler's claim reads only what is still to remind: today's and the coming ones).
INSERT INTO "CheckIns" ("Id", "IncidentId", "PlannedOn", "Topic", "IsDone", "DoneAt", "DueRemindedAt")
SELECT gen_random_uuid(), s.id, (s.at + n * interval '7 days')::date, format('Progress on the new delivery date (%s)', n),
       s.stage = 6, CASE WHEN s.stage = 6 THEN s.at + n * interval '7 days' END,
       CASE WHEN (s.at + n * interval '7 days')::date < current_date THEN s.at + n * interval '7 days' - interval '1 day' END
FROM bench_stage AS s
CROSS JOIN LATERAL generate_series(1, 1 + (s.id % 2)::int) AS n
WHERE s.stage >= 4;

-- Prevention measures: one or two from InternalRetro on (done for most closed incidents). The "due soon" reminder went
-- out for those due before tomorrow, the "overdue" one for those still open and due before yesterday (the claims
-- read what is left: the last days' and the coming ones).
INSERT INTO "PreventionMeasures" ("Id", "IncidentId", "Description", "Owner", "DueOn", "Status", "DoneAt",
    "DoneByName", "DoneNote", "DueSoonRemindedAt", "OverdueRemindedAt")
SELECT gen_random_uuid(), s.id, 'Add a capacity check to the sales hand-over checklist.', 'Delivery lead',
       (s.at + interval '30 days')::date,
       CASE WHEN s.stage = 6 AND (s.id + n) % 5 <> 0 THEN 'Done' WHEN n = 1 THEN 'InProgress' ELSE 'Planned' END,
       CASE WHEN s.stage = 6 AND (s.id + n) % 5 <> 0 THEN s.at + interval '25 days' END,
       CASE WHEN s.stage = 6 AND (s.id + n) % 5 <> 0 THEN 'Delivery lead' END,
       CASE WHEN s.stage = 6 AND (s.id + n) % 5 <> 0 THEN 'In the checklist since the last release.' END,
       CASE WHEN (s.at + interval '30 days')::date < current_date + 1 THEN s.at + interval '29 days' END,
       CASE WHEN (s.at + interval '30 days')::date < current_date - 1 AND NOT (s.stage = 6 AND (s.id + n) % 5 <> 0)
            THEN s.at + interval '31 days' END
FROM bench_stage AS s
CROSS JOIN LATERAL generate_series(1, 1 + (s.id % 2)::int) AS n
WHERE s.stage >= 5;

-- Blame findings in the client texts: a third of the incidents past the call.
INSERT INTO "BlameFindings" ("IncidentId", "Text", "Category", "Phrase", "WasSent", "RecordedAt")
SELECT s.id, (ARRAY['CallRequestEmail', 'CallPlan', 'Recap'])[1 + s.id % 3],
       (ARRAY['BlamesColleague', 'BlamesAnotherTeam', 'BlamesClient', 'DeniesPromise'])[1 + s.id % 4],
       'the other team did not deliver', s.id % 2 = 0, s.at + interval '3 days'
FROM bench_stage AS s
WHERE s.stage >= 3 AND s.id % 3 = 0;

-- Legal reviews: contract-linked incidents past ResearchAlternatives that are no longer waiting.
INSERT INTO "LegalReviews" ("Id", "IncidentId", "Decision", "Notes", "OfferReviewed", "ReviewerId", "ReviewerName",
    "ReviewedAt")
SELECT gen_random_uuid(), s.id, CASE WHEN s.id % 4 = 0 THEN 'ChangesRequired' ELSE 'Approved' END,
       'The offer does not admit liability under the contract.', 'Discount: 10 % on the next invoice',
       s.owner_id, 'Bench Legal', s.at + interval '2 days'
FROM bench_stage AS s
WHERE s.contract IS NOT NULL AND s.stage >= 2 AND s.legal <> 'Awaiting';

-- Timeline: one event per stage passed, on top of the 'logged' event from seed.sql.
INSERT INTO "IncidentEvents" ("IncidentId", "OccurredAt", "ActorId", "ActorName", "Description")
SELECT s.id, s.at + n * interval '1 day', s.owner_id, 'Bench Owner',
       format('Moved the incident on to stage %s of the playbook.', n + 1)
FROM bench_stage AS s
CROSS JOIN LATERAL generate_series(1, s.stage) AS n
WHERE s.stage >= 1;

-- Notifications: two per incident for its owner (assigned; a stage moved on), one in three to read in the daily
-- digest; the digests went out, so only the last day's wait for one (the digest's scan reads those).
INSERT INTO "Notifications" ("RecipientId", "Kind", "IncidentId", "ActorName", "CreatedAt", "ReadAt", "Email",
    "EmailQueuedAt")
SELECT s.owner_id, CASE WHEN n = 1 THEN 'IncidentAssigned' ELSE 'IncidentTakenOver' END, s.id, 'Bench Lead',
       least(s.at + n * interval '1 day', now() - interval '1 minute'),
       CASE WHEN s.at < now() - interval '7 days' THEN s.at + n * interval '2 days' END,
       CASE WHEN (s.id + n) % 3 = 0 THEN 'Digest' ELSE 'AtOnce' END,
       CASE WHEN s.at + n * interval '1 day' < now() - interval '1 day' OR (s.id + n) % 3 <> 0
            THEN least(s.at + n * interval '1 day', now() - interval '1 minute') END
FROM bench_stage AS s
CROSS JOIN LATERAL generate_series(1, 2) AS n;

COMMIT;

VACUUM (ANALYZE) "Notifications", "EvidenceItems", "CompensationOptions", "IncidentCalls", "IncidentConversations", "IncidentRecaps",
    "IncidentRetros", "CheckIns", "PreventionMeasures", "BlameFindings", "LegalReviews", "IncidentEvents";
