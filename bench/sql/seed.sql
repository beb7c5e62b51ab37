-- Bulk data for bench/list-benchmark.sh: extra account managers, clients up to :clients in all,
-- and :incidents incidents with their timeline events, spread like a busy team's history.
-- Runs after the app has migrated the database and loaded its demo data (the demo users must
-- exist). Column names and types follow src/PromiseKeeper.Web/Data/Migrations; enum columns hold
-- the C# member names. Deterministic apart from now(): setseed fixes random().
-- psql variables: incidents, clients, extra_owners.
\set ON_ERROR_STOP on

BEGIN;
SELECT setseed(0.4242);

-- Extra account managers (no password: they never sign in, they only own incidents), half in the
-- demo team lead's team and half in the other demo team, so the team lead's list has to leave
-- another team's incidents out.
INSERT INTO "AspNetUsers" ("Id", "DisplayName", "UserName", "NormalizedUserName", "Email", "NormalizedEmail",
    "EmailConfirmed", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled",
    "LockoutEnabled", "AccessFailedCount", "TeamId")
SELECT 'bench-owner-' || n, 'Bench Owner ' || n, 'owner' || n || '@bench.promisekeeper.test',
       upper('owner' || n || '@bench.promisekeeper.test'), 'owner' || n || '@bench.promisekeeper.test',
       upper('owner' || n || '@bench.promisekeeper.test'), true, md5('stamp' || n), md5('cs' || n), false, false, true, 0,
       (SELECT "TeamId" FROM "AspNetUsers"
        WHERE "Email" = CASE WHEN n % 2 = 0 THEN 'lead2@demo.promisekeeper.test' ELSE 'lead@demo.promisekeeper.test' END)
FROM generate_series(1, :extra_owners) AS n;

INSERT INTO "AspNetUserRoles" ("UserId", "RoleId")
SELECT 'bench-owner-' || n, r."Id"
FROM generate_series(1, :extra_owners) AS n
CROSS JOIN "AspNetRoles" AS r WHERE r."Name" = 'AccountManager';

-- Clients: the demo ones plus enough "Bench client NN" to reach :clients.
INSERT INTO "Clients" ("Name", "Loyalty", "CreatedAt")
SELECT format('Bench client %s', lpad(n::text, 3, '0')),
       (ARRAY['Hostile', 'Cautious', 'Neutral', 'Loyal', 'Advocate'])[1 + n % 5],
       now() - interval '4 years'
FROM generate_series(1, greatest(:clients - (SELECT count(*) FROM "Clients"), 0)) AS n;

-- Incidents, with the 'logged' timeline event for each (and the 'contract-linked' event the domain
-- adds when there is a contract reference), in one statement.
WITH owners AS (
    SELECT array_agg("Id" ORDER BY "Id") AS ids, count(*) AS n
    FROM "AspNetUsers"
    WHERE "Email" IN ('am@demo.promisekeeper.test', 'am2@demo.promisekeeper.test') OR "Id" LIKE 'bench-owner-%'
), clients AS (
    SELECT array_agg("Id" ORDER BY "Id") AS ids, count(*) AS n FROM "Clients"
), r AS (
    SELECT g, random() AS r_owner, random() AS r_client, random() AS r_stage, random() AS r_kind,
           random() AS r_when, random() AS r_contract, random() AS r_channel, random() AS r_fault,
           random() AS r_damage, random() AS r_harm, random() AS r_loss, random() AS r_claim,
           random() AS r_told, random() AS r_promised
    FROM generate_series(1, :incidents) AS g
), rows AS (
    SELECT r.*,
           owners.ids[1 + floor(r_owner * owners.n)::int] AS owner_id,
           clients.ids[1 + floor(r_client * clients.n)::int] AS client_id,
           date_trunc('milliseconds', now() - r_when * interval '3 years') AS discovered_at
    FROM r CROSS JOIN owners CROSS JOIN clients
), ins AS (
    INSERT INTO "Incidents" ("OwnerId", "ClientId", "Summary", "Kind", "Stage", "LoggedAt",
        "ContactName", "ContactRole", "ContactEmail", "PromiseDescription", "PromisedBy", "PromisedByHasLeft",
        "PromisedOn", "PromiseChannel", "ContractReference", "ClientGoals", "Fault", "Damage",
        "PersonalHarm", "PersonalHarmNote", "DiscoveredAt", "ClientToldAt", "FirstDisclosure",
        "ClientClaimedLossAmount", "ClientClaimedLossCurrency", "OurLossAmount", "OurLossCurrency",
        "TeamId", "LegalReviewStatus", "LegalReviewRequestedAt")
    SELECT owner_id, client_id,
           format('Bench incident %s: promised delivery %s slipped', g, g % 997),
           (ARRAY['MissedDeadline', 'FeatureNotReady', 'UnrealisticPromiseByColleague', 'PoorQualityOrWrongResult',
                  'InsensitiveRemark', 'ExpectationMismatch', 'ResistedPlanChangeInClientCrisis', 'ClientMistake'])[1 + floor(r_kind * 8)::int],
           -- Most incidents of a three-year history are finished; every stage occurs.
           CASE WHEN r_stage < 0.06 THEN 'InvestigateOrigin'
                WHEN r_stage < 0.12 THEN 'ResearchAlternatives'
                WHEN r_stage < 0.18 THEN 'ScheduleCall'
                WHEN r_stage < 0.24 THEN 'Conversation'
                WHEN r_stage < 0.30 THEN 'FollowUpRecap'
                WHEN r_stage < 0.36 THEN 'InternalRetro'
                WHEN r_stage < 0.93 THEN 'Closed'
                ELSE 'NotApplicable' END,
           discovered_at + interval '1 hour',
           format('Contact %s', g % 5000), CASE WHEN g % 3 = 0 THEN NULL ELSE 'Project lead' END,
           CASE WHEN g % 2 = 0 THEN format('contact%s@client.example', g % 5000) END,
           'The deliverable would be ready and working by the agreed date, as discussed with the client.',
           'Bench Promiser', g % 10 = 0,
           (discovered_at - r_promised * interval '200 days')::date,
           CASE WHEN r_contract < 0.2 THEN 'ContractClause'
                ELSE (ARRAY['Email', 'Call', 'Meeting', 'SalesMaterial'])[1 + floor(r_channel * 4)::int] END,
           CASE WHEN r_contract < 0.2 THEN format('MSA-%s, clause %s', 2000 + g % 500, 1 + g % 12) END,
           'Get the project live before their own deadline.',
           (ARRAY['Ours', 'ThirdParty', 'ForceMajeure', 'Client', 'Disputed'])[1 + floor(r_fault * 5)::int],
           floor(r_damage * 8)::int,
           (ARRAY['None', 'Some', 'Serious'])[1 + floor(r_harm * 3)::int],
           CASE WHEN floor(r_harm * 3) > 0 THEN 'The contact had vouched for us internally.' END,
           discovered_at,
           CASE WHEN r_told < 0.5 THEN discovered_at + r_told * interval '2 days' END,
           CASE WHEN r_told < 0.5 THEN (ARRAY['WeToldTheClient', 'ClientToldUs', 'ClientHeardElsewhere'])[1 + floor(r_told * 6)::int] END,
           CASE WHEN r_claim < 0.3 THEN round((r_claim * 400000)::numeric, 2) END,
           CASE WHEN r_claim < 0.3 THEN 'EUR' END,
           CASE WHEN r_loss < 0.6 THEN round((r_loss * 80000)::numeric, 2) END,
           CASE WHEN r_loss < 0.6 THEN 'EUR' END,
           (SELECT u."TeamId" FROM "AspNetUsers" AS u WHERE u."Id" = owner_id),
           -- Open contract-linked incidents wait in legal's queue.
           CASE WHEN r_contract < 0.2 AND r_stage < 0.36 THEN 'Awaiting' ELSE 'NotNeeded' END,
           CASE WHEN r_contract < 0.2 AND r_stage < 0.36 THEN discovered_at + interval '1 hour' END
    FROM rows
    RETURNING "Id", "OwnerId", "LoggedAt", "ContractReference"
)
INSERT INTO "IncidentEvents" ("IncidentId", "OccurredAt", "ActorId", "ActorName", "Description")
SELECT ins."Id", ins."LoggedAt", ins."OwnerId", u."DisplayName", e.description
FROM ins
JOIN "AspNetUsers" AS u ON u."Id" = ins."OwnerId"
CROSS JOIN LATERAL (
    VALUES ('Logged the broken promise; the playbook starts with investigating where the promise came from.'),
           (CASE WHEN ins."ContractReference" IS NOT NULL
                 THEN format('Marked as contract-linked (%s): legal review is needed.', ins."ContractReference") END)
) AS e(description)
WHERE e.description IS NOT NULL;

COMMIT;

-- Steady state, as autovacuum would leave it: statistics and the visibility map.
VACUUM (ANALYZE) "Incidents";
VACUUM (ANALYZE) "IncidentEvents";
ANALYZE "Clients";
ANALYZE "AspNetUsers";
