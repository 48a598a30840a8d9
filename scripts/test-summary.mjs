// One closing line for the whole run, from the unit (vitest) and e2e (Playwright) JSON reports.
import { readFileSync } from 'node:fs';
const unit = JSON.parse(readFileSync('.test-summary/unit.json', 'utf8'));
const e2e = JSON.parse(readFileSync('.test-summary/e2e.json', 'utf8')).stats;
const next = JSON.parse(readFileSync('.test-summary/e2e-next.json', 'utf8')).stats;
const passed = unit.numPassedTests + e2e.expected + e2e.flaky + next.expected + next.flaky;
const failed = unit.numFailedTests + e2e.unexpected + next.unexpected;
console.log(`unit ${unit.numPassedTests} passed, e2e ${e2e.expected + e2e.flaky} passed (static site), ${next.expected + next.flaky} passed (next start)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
