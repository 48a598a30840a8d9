/**
 * npm run bench:align: alignment quality on real third-party renderings (tests/fixtures/align), tuned on the
 * `tune` half, reported on the `holdout` half. Prints per fixture and per kind: precision and recall of the sure
 * pairs, recall counting possible matches, and false dropped / added. Exits non-zero when a target of issue 16 is
 * missed on the holdout half (precision >= 0.98 on every fixture; recall >= 0.95 on translations, >= 0.85 on
 * summaries and regrouped lists; no false dropped or added).
 */
import { checkCorpusDir } from '../lib/node/load';
import { DEFAULT_ALIGN } from '../lib/align/align';
import { evaluate, loadFixtures, total, type Score } from './align-eval';

const corpus = checkCorpusDir();
if (!corpus.ok) throw new Error('the corpus does not pass the check');
const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(4);
const row = (s: Omit<Score, 'id' | 'kind' | 'split'>) =>
  `P ${pct(s.precision)}  R ${pct(s.recall)}  R with possible ${pct(s.recallWithPossible)}  sure ${s.pairedRight}/${s.paired}  possible ${s.possibleRight}/${s.possible}  gold ${s.gold}  false dropped ${s.falseDropped}  false added ${s.falseAdded}`;

console.log(`plandiff alignment benchmark: ${JSON.stringify(DEFAULT_ALIGN)}`);
const missed: string[] = [];
for (const split of ['tune', 'holdout'] as const) {
  const scores = loadFixtures()
    .filter((f) => f.split === split)
    .map((f) => evaluate(f, corpus.corpus.plans).score);
  console.log(`\n${split} half (${scores.length} fixtures)`);
  for (const s of scores) console.log(`  ${s.id.padEnd(44)} ${s.kind.padEnd(11)} ${row(s)}`);
  for (const kind of ['translation', 'summary', 'regrouped', 'draft', 'excerpt'] as const) {
    const ks = scores.filter((s) => s.kind === kind);
    if (ks.length) console.log(`  all ${kind.padEnd(40)} ${' '.repeat(11)} ${row(total(ks))}`);
  }
  console.log(`  ALL ${' '.repeat(40)} ${' '.repeat(11)} ${row(total(scores))}`);
  if (split !== 'holdout') continue;
  for (const s of scores) {
    if (s.paired && s.precision < 0.98) missed.push(`${s.id}: precision ${pct(s.precision)} < 98%`);
    if (s.falseDropped || s.falseAdded) missed.push(`${s.id}: ${s.falseDropped} false dropped, ${s.falseAdded} false added`);
  }
  const tr = total(scores.filter((s) => s.kind === 'translation'));
  if (tr.recall < 0.95) missed.push(`translations: recall ${pct(tr.recall)} < 95%`);
  const su = total(scores.filter((s) => s.kind === 'summary' || s.kind === 'regrouped'));
  if (su.recall < 0.85) missed.push(`summaries and regrouped lists: recall ${pct(su.recall)} < 85%`);
}
if (missed.length) {
  console.log(`\nTargets NOT met on the holdout half:\n  ${missed.join('\n  ')}`);
  process.exit(1);
}
console.log('\nEvery target met on the holdout half.');
