#!/usr/bin/env bash
# Every test, in the order that fails fastest: install what is missing, types, corpus, unit, build, e2e.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

if [ ! -d node_modules ] || ! npm ls --depth=0 >/dev/null 2>&1; then
  echo "== installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "== installing Debian's chromium for the e2e tests"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

echo "== typecheck"
npx tsc --noEmit
echo "== published JSON Schemas are up to date"
npx tsx scripts/gen-schema.ts --check
echo "== corpus check (files, archive chain, and git history: archives add-only, log append-only)"
# PLANDIFF_CHECK_AGAINST (set by .ci/run to the main branch) holds the corpus to that branch's history too.
npx tsx lib/node/main.ts check ${PLANDIFF_CHECK_AGAINST:+--against "$PLANDIFF_CHECK_AGAINST"}
mkdir -p .test-summary
echo "== unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=.test-summary/unit.json
echo "== engine bench, quick form (fails on a missed target; known gaps listed in bench/targets.ts are printed)"
npx tsx bench/engine.bench.mts --quick
echo "== build (the static site, as deployed: out/)"
npm run -s build
echo "== e2e (Playwright in Chromium against the static site, served by scripts/serve.mjs)"
PLAYWRIGHT_JSON_OUTPUT_NAME=.test-summary/e2e.json npx playwright test --reporter=list,json
echo "== build for next start (.next-server/)"
npm run -s build:next
echo "== e2e of next start: the same headers, policies and refusals"
PLAYWRIGHT_JSON_OUTPUT_NAME=.test-summary/e2e-next.json E2E_SERVER=next npx playwright test e2e/security.spec.ts --reporter=list,json
if [ "${CI:-}" = "true" ] || [ -n "${PLANDIFF_MUTATE:-}" ]; then
  echo "== mutation run: each known bug put into a scratch copy must fail the engine's tests (npm run mutate -- --fast)"
  node scripts/mutate.mjs --fast
fi
node scripts/test-summary.mjs
