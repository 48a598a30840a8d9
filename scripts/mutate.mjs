#!/usr/bin/env node
/**
 * npm run mutate: puts each known bug into a scratch copy of the repository, runs the unit suite there, and
 * reports whether the suite caught it. A mutation the suite does not catch is a bug the tests would let through.
 *
 * Each mutation is a search/replace on one named file. If the search text is no longer in the file (lib/ moved
 * on), the mutation is reported as STALE and the run fails: a mutation that silently stops applying would look
 * like a caught bug forever. Update the search text to the code as it now reads, keeping the bug the same.
 *
 * Usage: node scripts/mutate.mjs [--only M10,M11] [--all-tests] [--fast] [--keep]
 *   --only       run only the named mutations
 *   --all-tests  run the whole suite for every mutation and list every test that failed (slower; default stops
 *                at the first failing test)
 *   --keep       keep the scratch copy (its path is printed)
 * Exit code: 0 when the unmutated suite passes and every mutation is caught; 1 otherwise.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/**
 * The mutation list: the 17 of the test audit of 1 Dec 2026 (shared/reports/test-audit-2026-12-01.md, section 1),
 * the purity probes P and P2, and bugs behind claims the suite now keeps (M18-M24), rewritten for today's engine.
 * `search` is a string (must occur exactly once) or a RegExp (must match exactly once).
 */
export const MUTATIONS = [
  { id: 'M1', what: 'weakest() returns the strongest status', file: 'lib/corpus/points.ts',
    search: 'if (STATUS_RANK[s] < STATUS_RANK[best]) best = s;', replace: 'if (STATUS_RANK[s] > STATUS_RANK[best]) best = s;' },
  { id: 'M2', what: 'every computed pair is marked kept', file: 'lib/compare/compare.ts',
    search: "const kind: RowKind = left.length > 1 ? 'merged' : right.length > 1 ? 'split' : 'reworded';", replace: "const kind: RowKind = 'kept';" },
  { id: 'M3', what: 'number changes are never surfaced', file: 'lib/diff/text-diff.ts',
    search: 'if (from[k] !== to[k]) numbers.push(', replace: 'if (false) numbers.push(' },
  { id: 'M4', what: 'the archive hash check is skipped', file: 'lib/corpus/check.ts',
    search: '} else if (before && link.hash !== archiveHash(before.json)) {', replace: '} else if (false) {' },
  { id: 'M5', what: 'unknown points enter the aligner', file: 'lib/compare/compare.ts',
    search: "const points = free(s, used).filter((p) => p.status !== 'unknown');", replace: 'const points = free(s, used);' },
  { id: 'M6', what: 'CSV quotes are not doubled', file: 'lib/export/csv.ts',
    search: `s.replace(/"/g, '""')`, replace: 's' },
  { id: 'M7', what: 'the confident bar 0.5 -> 0.1', file: 'lib/align/align.ts',
    search: 'confident: 0.5,', replace: 'confident: 0.1,' },
  { id: 'M8', what: 'the importer returns ok with zero points', file: 'lib/draft/import.ts',
    search: 'if (points.length === 0) {', replace: 'if (points.length === 0) { return { ok: true, heading: null, points: [], warnings: [] };' },
  { id: 'M9', what: '"not reported" becomes "dropped" when the other side is partly unknown', file: 'lib/compare/compare.ts',
    search: "const blind = p.status !== 'known' || !fullyKnown(O);", replace: "const blind = p.status !== 'known';" },
  { id: 'M10', what: 'a CSV cell holding a newline is left unquoted', file: 'lib/export/csv.ts',
    search: '/[",\\r\\n]/.test(s)', replace: '/[",\\r]/.test(s)' },
  { id: 'M11', what: 'similarity candidates from the 8 rarest words -> 1', file: 'lib/align/similarity.ts',
    search: 'const DEFAULT_RARE = 8;', replace: 'const DEFAULT_RARE = 1;' },
  { id: 'M12', what: '"sources disagree" needs 3 stances', file: 'lib/compare/compare.ts',
    search: "const disagree = stancesOf('relation').length > 1 || stancesOf('point', 'left').length > 1 || stancesOf('point', 'right').length > 1;",
    replace: "const disagree = stancesOf('relation').length > 2 || stancesOf('point', 'left').length > 2 || stancesOf('point', 'right').length > 2;" },
  { id: 'M13', what: 'relation kinds are not mirrored when a relation file is read backwards', file: 'lib/compare/compare.ts',
    search: '(rel!.reversed ? (MIRROR[r.kind] ?? r.kind) : r.kind)', replace: '(r.kind)' },
  { id: 'M14', what: 'the possible bar 0.08 -> 0.5 (weak candidates no longer keep a point from "dropped")', file: 'lib/align/align.ts',
    search: 'possible: 0.08,', replace: 'possible: 0.5,' },
  { id: 'M15', what: 'typography-only edits are not marked trivial', file: 'lib/diff/text-diff.ts',
    search: 'typographic(d.text) === typographic(n.text)', replace: 'd.text === n.text' },
  { id: 'M16', what: 'the CSV formula guard is removed', file: 'lib/export/csv.ts',
    search: "if (/^[=+\\-@\\t\\r]/.test(s)) s = `'${s}`;", replace: '' },
  { id: 'M17', what: 'similarity candidates from the 8 rarest words -> 0 (large comparisons pair nothing)', file: 'lib/align/similarity.ts',
    search: 'const DEFAULT_RARE = 8;', replace: 'const DEFAULT_RARE = 0;' },
  { id: 'P', what: 'a side-effect import of node:fs in lib/', file: 'lib/diff/tokens.ts',
    prepend: 'import "node:fs";\n' },
  { id: 'P2', what: 'lib/ reads process.argv', file: 'lib/diff/tokens.ts',
    prepend: 'export const ARGS = process.argv.slice(2);\n' },
  { id: 'M18', what: 'the exact-match pass ignores the point number (every exact match is "kept")', file: 'lib/compare/compare.ts',
    search: "draft(l.n === r.n ? 'kept' : 'renumbered', 'computed'", replace: "draft('kept', 'computed'" },
  { id: 'M19', what: 'a reported point pairs by its number with a known point', file: 'lib/compare/compare.ts',
    search: "if (r && r.status === 'known' && !w.usedR.has(pointRef(r)) && text(l) === text(r)) pair(l, r);",
    replace: "if (r && r.status !== 'unknown' && !w.usedR.has(pointRef(r)) && (text(l) === text(r) || r.status === 'reported')) pair(l, r);" },
  { id: 'M20', what: 'the CSV export drops the last row', file: 'lib/export/csv.ts',
    search: 'for (const r of c.rows) {', replace: 'for (const r of c.rows.slice(0, -1)) {' },
  { id: 'M21', what: 'the change classifier no longer sees a negation flip', file: 'lib/diff/classify.ts',
    search: 'if (nb.length !== na.length && negEdit) {', replace: 'if (false) {' },
  { id: 'M22', what: 'two changes through a common version are called kept (a change not established shown as none)', file: 'lib/align/compose.ts',
    search: "  // Two changes from a common version (or in a row) do not say what changed between their ends.\n  return 'linked';", replace: "  return 'kept';" },
  { id: 'M23', what: 'a point with plausible candidates is called dropped', file: 'lib/compare/compare.ts',
    search: "else if (candidates.length) w.drafts.push(draft('unpaired'", replace: "else if (false) w.drafts.push(draft('unpaired'" },
  { id: 'M24', what: 'a figure change is read as a rewording', file: 'lib/diff/classify.ts',
    search: 'if (gone.length || come.length) {', replace: 'if (false) {' },
];

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const only = (() => {
  const i = args.indexOf('--only');
  return i >= 0 ? new Set(args[i + 1].split(',')) : null;
})();
const root = join(import.meta.dirname, '..');

/** Apply one mutation to the text of its file; returns the new text, or a reason it is stale. */
export function applyMutation(m, text) {
  if (m.prepend) return { ok: true, text: m.prepend + text };
  if (typeof m.search === 'string') {
    const n = text.split(m.search).length - 1;
    if (n !== 1) return { ok: false, reason: `search text found ${n} times, expected once: ${JSON.stringify(m.search)}` };
    return { ok: true, text: text.replace(m.search, () => m.replace) };
  }
  const all = [...text.matchAll(new RegExp(m.search.source, m.search.flags.includes('g') ? m.search.flags : `${m.search.flags}g`))];
  if (all.length !== 1) return { ok: false, reason: `pattern matched ${all.length} times, expected once: ${m.search}` };
  return { ok: true, text: text.replace(m.search, () => m.replace) };
}

function scratchCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'plandiff-mutate-'));
  const skip = new Set(['node_modules', '.git', '.next', 'out', 'test-results', '.test-summary', 'playwright-report']);
  cpSync(root, dir, { recursive: true, filter: (src) => !skip.has(relative(root, src).split('/')[0]) });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * `--fast` runs the engine's own test files rather than the whole unit suite (which also builds git repositories,
 * spawns the CLI and fuzzes 600 inputs): what CI runs, so a mutation run takes minutes, not most of an hour. Every
 * listed mutation must still be caught by these files.
 */
const FAST_FILES = ['tests/compare.test.ts', 'tests/export.test.ts', 'tests/similarity.test.ts', 'tests/purity.test.ts', 'tests/classify.test.ts', 'tests/archive.test.ts',
  'tests/import.test.ts', 'tests/import.property.test.ts', 'tests/text-diff.test.ts', 'tests/align.test.ts', 'tests/real-corpus.test.ts', 'tests/history.test.ts', 'tests/check.test.ts'];

function runSuite(dir) {
  const vitestArgs = ['vitest', 'run', ...(flag('--fast') ? FAST_FILES : []), '--reporter=json', '--outputFile.json=.mutate-result.json'];
  if (!flag('--all-tests')) vitestArgs.push('--bail=1');
  const t0 = Date.now();
  const r = spawnSync('npx', vitestArgs, { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '1', FORCE_COLOR: '0' }, maxBuffer: 64 << 20 });
  const seconds = ((Date.now() - t0) / 1000).toFixed(0);
  let failed = [];
  let total = 0;
  const out = join(dir, '.mutate-result.json');
  if (existsSync(out)) {
    const j = JSON.parse(readFileSync(out, 'utf8'));
    total = j.numTotalTests;
    for (const f of j.testResults) {
      const file = relative(dir, f.name);
      for (const t of f.assertionResults) if (t.status === 'failed') failed.push(`${file} > ${t.fullName}`);
      if (f.status === 'failed' && !f.assertionResults.some((t) => t.status === 'failed')) failed.push(`${file} (the file failed to load: ${String(f.message).split('\n')[0]})`);
    }
    rmSync(out);
  }
  return { passed: r.status === 0, failed, total, seconds, tail: `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-15).join('\n') };
}

const list = MUTATIONS.filter((m) => !only || only.has(m.id));
const dir = scratchCopy();
console.log(`plandiff mutation run: ${list.length} mutations, scratch copy ${dir}`);
const base = runSuite(dir);
if (!base.passed) {
  console.log(`The unmutated suite fails in the scratch copy (${base.failed.join('; ') || base.tail}): fix that first.`);
  if (!flag('--keep')) rmSync(dir, { recursive: true, force: true });
  process.exit(1);
}
console.log(`unmutated suite: passed (${base.total} tests, ${base.seconds} s)\n`);

const results = [];
for (const m of list) {
  const path = join(dir, m.file);
  if (!existsSync(path)) {
    results.push({ m, verdict: 'STALE', detail: `${m.file} no longer exists` });
    console.log(`${m.id.padEnd(4)} STALE    ${m.what}: ${m.file} no longer exists`);
    continue;
  }
  const before = readFileSync(path, 'utf8');
  const applied = applyMutation(m, before);
  if (!applied.ok) {
    results.push({ m, verdict: 'STALE', detail: applied.reason });
    console.log(`${m.id.padEnd(4)} STALE    ${m.what}: ${m.file}: ${applied.reason}`);
    continue;
  }
  writeFileSync(path, applied.text);
  const r = runSuite(dir);
  writeFileSync(path, before);
  const verdict = r.passed ? 'ESCAPED' : r.failed.length ? 'caught' : 'caught?';
  const detail = r.passed ? `all ${r.total} tests passed` : r.failed.length ? r.failed.slice(0, 6).join('; ') + (r.failed.length > 6 ? `; and ${r.failed.length - 6} more` : '') : `the suite failed without a failing test: ${r.tail}`;
  results.push({ m, verdict, detail });
  console.log(`${m.id.padEnd(4)} ${verdict.padEnd(8)} ${m.what} (${m.file}, ${r.seconds} s)\n       ${detail}`);
}

if (!flag('--keep')) rmSync(dir, { recursive: true, force: true });
const count = (v) => results.filter((r) => r.verdict === v).length;
console.log(`\n${count('caught') + count('caught?')} caught, ${count('ESCAPED')} escaped, ${count('STALE')} stale, of ${results.length} mutations.`);
process.exit(results.every((r) => r.verdict === 'caught') ? 0 : 1);
