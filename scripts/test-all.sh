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

run_suite "backend on PGlite" env TEST_DATABASE_URL= npx --no-install -w backend vitest run \
  --reporter=default --reporter=json --outputFile.json="$results/backend-pglite.json"
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  run_suite "backend on PostgreSQL ($TEST_DATABASE_URL)" npx --no-install -w backend vitest run \
    --reporter=default --reporter=json --outputFile.json="$results/backend-postgres.json"
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
