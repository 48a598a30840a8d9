import type { Corpus } from './corpus';

export type Pair = { a: string; b: string };

/**
 * The pairs of versions that the corpus itself links, in both orders: a relation file between them (any link kind:
 * lineage, analogy, related), one derived from the other, or two versions of one conflict that come one after the
 * other by date (versions of the plan, not related documents). These are the comparisons a reader reaches by following the lineage, so the site pre-renders them;
 * any other pair is computed on request (in the browser) by the same engine. Their number grows with the corpus
 * (about three per version), not with its square.
 */
export function linkedPairs(corpus: Corpus): Pair[] {
  const ids = new Set(corpus.plans.map((p) => p.id));
  const keys = new Set<string>();
  const add = (x: string, y: string) => {
    if (x === y || !ids.has(x) || !ids.has(y)) return;
    keys.add(`${x}\n${y}`);
    keys.add(`${y}\n${x}`);
  };
  for (const r of corpus.relations) add(r.from, r.to);
  for (const p of corpus.plans) for (const d of p.derivedFrom ?? []) add(d, p.id);
  // Neighbours by date among the versions of a plan (a related document is linked by its relation file, not by date).
  const byConflict = new Map<string, { id: string; date: string }[]>();
  for (const p of corpus.plans) if ((p.kind ?? 'plan-version') === 'plan-version') byConflict.set(p.conflict, [...(byConflict.get(p.conflict) ?? []), { id: p.id, date: p.date }]);
  for (const list of byConflict.values()) {
    list.sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id));
    for (let i = 1; i < list.length; i++) add(list[i - 1]!.id, list[i]!.id);
  }
  return [...keys].sort().map((k) => {
    const [a, b] = k.split('\n') as [string, string];
    return { a, b };
  });
}

/** `a\nb` keys of linked pairs, for a quick "is this pair pre-rendered?" */
export const pairKey = (a: string, b: string) => `${a}\n${b}`;
