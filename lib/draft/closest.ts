import type { Comparison, Plan } from '../schema';

/** Kinds of row that pair a draft's point with a version's point surely. */
const SURE = ['kept', 'reworded', 'changed', 'renumbered', 'merged', 'split', 'linked'];

/**
 * Whether a pasted text is likely an excerpt of a version rather than a whole one: it has far fewer points (under
 * 60 % of the version's). The page asks, with this as its first answer; the CLI takes --excerpt or --whole.
 */
export function looksLikeExcerpt(draft: Plan, version: Plan): boolean {
  return draft.points.length < 0.6 * version.points.length;
}

export type Closeness = {
  /** The draft's points with content, those a version's point surely answers, and those it possibly answers. */
  items: number;
  paired: number;
  possible: number;
  /** For ordering only: sure pairs count fully, possible matches half. Never shown as a bare number. */
  score: number;
  /** The score in words: "4 of 6 points match the December framework, 1 more possibly". */
  text: string;
};

/** How close a pasted draft (the right side of `c`) is to the version on the left, said in words. */
export function closeness(c: Comparison): Closeness {
  const items = c.rows.flatMap((r) => r.right).filter((p) => p.status !== 'unknown');
  const count = (kinds: string[]) => new Set(c.rows.filter((r) => kinds.includes(r.kind)).flatMap((r) => r.right.map((p) => p.ref))).size;
  const paired = count(SURE);
  const possible = count(['possible']);
  const n = new Set(items.map((p) => p.ref)).size;
  const the = c.provenance.left.shortTitle.replace(/^(?!the\s)/i, 'the ');
  const text = `${paired} of ${n} point${n === 1 ? '' : 's'} ${paired === 1 ? 'matches' : 'match'} ${the}${possible ? `, ${possible} more possibly` : ''}`;
  return { items: n, paired, possible, score: n ? (paired + 0.5 * possible) / n : 0, text };
}
