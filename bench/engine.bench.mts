/**
 * npm run bench: speed of the engine on synthetic plans, and of parsing + comparing a pasted draft.
 * Figures are medians of repeated runs in one process after warm-up; nothing here is a pass/fail test.
 * Targets: compare() on 1,000 points <= 150 ms median; paste a 28-point draft and compare it against every
 * corpus version <= 50 ms (issue targets, 2-core machine).
 */
import { diffWordsWithSpace } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { existsSync } from 'node:fs';
import { compare } from '../lib/compare/compare';
import { diffTexts } from '../lib/diff/text-diff';
import { checkCorpusDir } from '../lib/node/load';
import type { Plan, Point } from '../lib/schema';

// Seeded PRNG so every run measures the same inputs.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const VOCAB = Array.from({ length: 3000 }, (_, i) => {
  const r = rng(i + 1);
  const len = 3 + Math.floor(r() * 8);
  return Array.from({ length: len }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(r() * 26)]).join('');
});

function text(r: () => number, words = 100): string {
  // Zipf-like draw: common words often, rare words rarely, as in real prose.
  return Array.from({ length: words }, () => VOCAB[Math.floor(VOCAB.length * r() ** 3)]).join(' ') + '.';
}
function reword(t: string, r: () => number, share = 0.1): string {
  return t
    .split(' ')
    .map((w) => (r() < share ? VOCAB[Math.floor(VOCAB.length * r() ** 3)] : w))
    .join(' ');
}
const known = (n: number, t: string): Point => ({ n, status: 'known', themes: [], text: t, sources: ['doc'], wording: { kind: 'verbatim', sources: ['doc'] } });
const plan = (id: string, points: Point[]): Plan => ({
  id, title: id, shortTitle: id, conflict: 'bench', date: '2025-01-01', knownAsOf: '2025-01-01', declaredPoints: points.length,
  origin: { channel: 'official', draftedBy: 'bench', summary: 'synthetic', sources: ['doc'] },
  sources: [{ id: 'doc', outlet: 'bench', title: 'bench', url: 'https://example.org/', published: '2025-01-01', kind: 'official-document' }],
  points,
});

/** Version B of a synthetic plan: 20 % reworded, 5 % renumbered (moved), 5 % dropped and 5 % added. */
function pair(n: number, seed: number): [Plan, Plan, [string, string][]] {
  const r = rng(seed);
  const a = Array.from({ length: n }, () => text(r));
  let b: string[] = [];
  const pairs: [string, string][] = [];
  for (const t of a) {
    const x = r();
    if (x < 0.05) continue; // dropped
    const nt = x < 0.25 ? reword(t, r) : t;
    b.push(nt);
    pairs.push([t, nt]);
  }
  for (let i = 0; i < Math.round(n * 0.05); i++) b.splice(Math.floor(r() * b.length), 0, text(r)); // added
  // renumber: move 5 % of points elsewhere
  for (let i = 0; i < Math.round(n * 0.05); i++) {
    const [m] = b.splice(Math.floor(r() * b.length), 1);
    b.splice(Math.floor(r() * b.length), 0, m!);
  }
  b = b.slice();
  return [plan('a', a.map((t, i) => known(i + 1, t))), plan('b', b.map((t, i) => known(i + 1, t))), pairs];
}

function median(fn: () => void, runs: number, warm = 3): number {
  for (let i = 0; i < warm; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  t.sort((x, y) => x - y);
  return t[Math.floor(t.length / 2)]!;
}
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const ctx = { corpusVersion: 'bench', corpusDate: '2025-01-01' };

console.log('plandiff engine benchmark (medians; node', process.version, ')');
console.log('\ncompare() on synthetic versions, ~100 words a point; 20% reworded, 5% renumbered, 5% dropped and added');
console.log('points   compare()    rows  computed  | same text pairs: jsdiff words  diff-match-patch+semantic  (ratio to compare)');
for (const n of [30, 300, 1000]) {
  const [a, b, pairs] = pair(n, n);
  const runs = n === 1000 ? 25 : 40;
  let rows = 0;
  let computed = 0;
  const t = median(() => {
    const c = compare(a, b, ctx);
    rows = c.rows.length;
    computed = c.rows.filter((r) => r.basis === 'computed').length;
  }, runs);
  const changed = pairs.filter(([x, y]) => x !== y);
  const tj = median(() => changed.forEach(([x, y]) => diffWordsWithSpace(x, y)), runs);
  const dmp = new DiffMatchPatch();
  const td = median(() => changed.forEach(([x, y]) => dmp.diff_cleanupSemantic(dmp.diff_main(x, y))), runs);
  const tw = median(() => changed.forEach(([x, y]) => diffTexts(x, y)), runs);
  console.log(
    `${String(n).padStart(5)}  ${ms(t).padStart(10)}  ${String(rows).padStart(6)}  ${String(computed).padStart(8)}  | ${changed.length} reworded: jsdiff ${ms(tj)} (${(tj / t).toFixed(2)}x), dmp ${ms(td)} (${(td / t).toFixed(2)}x), plandiff word diff alone ${ms(tw)}${n === 1000 ? `   target <= 150 ms: ${t <= 150 ? 'met' : 'NOT met'}` : ''}`,
  );
}

// Paste a 28-point draft (the real ukraine-28 text, three points reworded, one removed) and compare it
// against every corpus version, as the draft page does in the browser.
const corpus = checkCorpusDir();
if (corpus.ok && existsSync('lib/draft/import.ts')) {
  const { parseNumberedText, draftPlan, planToNumberedText } = await import('../lib/draft/import');
  const ua = corpus.corpus.plans.find((p) => p.id === 'ukraine-28');
  if (ua) {
    const text = planToNumberedText(ua).replace(/600,000/g, '800,000');
    const t = median(() => {
      const parsed = parseNumberedText(text);
      if (!parsed.ok) throw new Error('parse failed');
      const draft = draftPlan(parsed.points, { id: 'draft', title: 'Draft', conflict: 'ukraine', date: '2025-12-01' });
      for (const p of corpus.corpus.plans) compare(p.conflict === draft.conflict ? p : p, draft, ctx);
    }, 50);
    console.log(`\nparse a pasted 28-point draft + compare against all ${corpus.corpus.plans.length} corpus versions: ${ms(t)}  target <= 50 ms: ${t <= 50 ? 'met' : 'NOT met'}`);
  }
  const { LARGE_INPUTS } = await import('../tests/fixtures/large-inputs');
  console.log('\nparse pathological 1 MB pastes (parseNumberedText + parseDraftInput), target well under 1 s each:');
  for (const [name, t] of Object.entries(LARGE_INPUTS)) {
    const m = median(() => { parseNumberedText(t); }, 3, 1);
    console.log(`  ${name.padEnd(24)} ${ms(m)}`);
  }
} else console.log('\n(draft parse benchmark skipped: corpus invalid or lib/draft/import.ts missing)');
