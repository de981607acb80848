#!/usr/bin/env bash
# The README's test command (make test): every check CI runs, in order, with one total at the end.
# Test steps all run even when one fails, so a run reports everything; the exit code is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
results=$(mktemp -d)
failed_steps=()
started=$SECONDS

step() { echo; echo "=== $1"; }
must() { "$@" || { echo "FAILED: $*"; exit 1; }; }
run_suite() { # name, then the command
  local name=$1; shift
  step "$name"
  "$@" || failed_steps+=("$name")
}

step "lint";       must npm run lint --silent
step "typecheck";  must npm run typecheck --silent
step "build";      must npm run build --silent

# Files that count what happens per second of wall time (the scheduler's 200 endpoints checked 4-6
# times in 5 s) run alone after the others: beside another file's load test on two cores they measure
# the machine, not apimon.
timed=(test/checks/scheduler.spec.ts)
backend_suites() { # name prefix, report prefix, then env assignments
  local name=$1 report=$2; shift 2
  run_suite "$name" env "$@" npx --no-install -w backend vitest run "${timed[@]/#/--exclude=}" \
    --reporter=default --reporter=json --outputFile.json="$results/$report.json"
  run_suite "$name, timing-sensitive files alone" env "$@" npx --no-install -w backend vitest run "${timed[@]}" \
    --reporter=default --reporter=json --outputFile.json="$results/$report-timed.json"
}
backend_suites "backend on PGlite" backend-pglite TEST_DATABASE_URL=
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  backend_suites "backend on PostgreSQL ($TEST_DATABASE_URL)" backend-postgres TEST_DATABASE_URL="$TEST_DATABASE_URL"
else
  echo; echo "=== backend on PostgreSQL: skipped (TEST_DATABASE_URL is not set)"
fi
run_suite "frontend" npx --no-install -w frontend vitest run \
  --reporter=default --reporter=json --outputFile.json="$results/frontend.json"
must bash scripts/ensure-chromium.sh
run_suite "e2e (Playwright, Chromium)" npm test -w e2e --silent
cp e2e/test-results/results.json "$results/e2e.json" 2>/dev/null || true
run_suite "infrastructure validation" node scripts/validate-infra.mjs

node scripts/count-results.mjs "$results"
echo "took $((SECONDS - started)) s"
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "failed steps: ${failed_steps[*]}"
  exit 1
fi
