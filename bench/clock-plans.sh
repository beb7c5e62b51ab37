#!/usr/bin/env bash
# Prints the plan of the clock sweep's scan for due checks (ClockSweep.DueChecksSql, keep the two in step) on a
# database seeded by bench/run.sh (1 million incidents by default), e.g. one kept with PROMISEKEEPER_BENCH_KEEP=1:
#
#   PROMISEKEEPER_BENCH_PSQL='postgresql://postgres@localhost:5433/promisekeeper_bench' bench/clock-plans.sh
#
# The seed's inserts queue every incident (the trigger on "Incidents"), as the first sweep after deploying finds them;
# PROMISEKEEPER_BENCH_SPREAD=1 first spreads the checks over the coming 1000 hours, as in a running system.
# Runs in a transaction that is rolled back: the scan's row locks and the spread leave nothing behind.
set -euo pipefail

: "${PROMISEKEEPER_BENCH_PSQL:?a libpq connection URI of a seeded, migrated database}"
SPREAD="${PROMISEKEEPER_BENCH_SPREAD:-0}"

psql "$PROMISEKEEPER_BENCH_PSQL" -v ON_ERROR_STOP=1 -X -q <<SQL
BEGIN;
SELECT count(*) AS "queued checks" FROM "ClockChecks";
\\if $SPREAD
UPDATE "ClockChecks" SET "CheckAt" = now() + "IncidentId" % 1000 * interval '1 hour';
ANALYZE "ClockChecks";
\\endif
EXPLAIN (ANALYZE, BUFFERS)
SELECT * FROM "ClockChecks"
WHERE "CheckAt" <= now()
ORDER BY "CheckAt"
LIMIT 100
FOR UPDATE SKIP LOCKED;
ROLLBACK;
SQL
