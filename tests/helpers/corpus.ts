import { checkCorpus } from '../../lib/corpus/check';
import { readCorpusFiles } from '../../lib/node/load';
import type { Corpus } from '../../lib/corpus/corpus';
import type { Comparison } from '../../lib/schema';
import { showDiff } from '../../lib/diff/text-diff';

export const TODAY = '2026-11-26';

export function miniFiles() {
  return readCorpusFiles(`${__dirname}/../fixtures/mini/plans`);
}

export function loadMini(): Corpus {
  const r = checkCorpus(miniFiles(), TODAY);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.corpus;
}

/** One line per row: `p2 changed/reported [alpha-3:2 -> beta-3:army-size] disagree`, plus the word diff if any. */
export function showComparison(c: Comparison): string {
  return c.rows
    .map((r) => {
      const bits = [`${r.anchor} ${r.kind}/${r.status}`, `[${r.left.map((p) => `${p.plan}:${p.ref}`).join('+') || '-'} -> ${r.right.map((p) => `${p.plan}:${p.ref}`).join('+') || '-'}]`];
      if (r.basis === 'computed') bits.push(`score=${r.score}`);
      if (r.disagree) bits.push('disagree');
      if (r.diff && r.diff.segments.some((x) => x.op !== 'same')) bits.push(showDiff(r.diff.segments));
      return bits.join(' ');
    })
    .join('\n');
}
