import { assign, cosine, scorePairs, TermSpace, unionBag, type Candidate, type Vec } from './similarity';
import type { TermBag } from './terms';

/**
 * The aligner for texts that no one related: a pasted draft, another agency's translation, a news outlet's summary,
 * a list regrouped by theme. It returns three tiers, and never turns doubt into a deletion:
 * - paired: confident pairs (one-to-one, or one-to-many where a draft split or merged points);
 * - possible: the best remaining candidate of a point, with its score and evidence, for a reader to check;
 * - unpaired: a point with no pair; `candidates` lists every plausible point on the other side. Only a point with no
 *   plausible candidate at all may be called dropped or added by the caller.
 *
 * How pairs are found, in order:
 * 1. anchors: an optimal one-to-one assignment (Hungarian) over pairs scoring at least `confident`;
 * 2. order: versions mostly keep their order, so between two consecutive in-order anchors (and before the first and
 *    after the last) the points left are aligned as a sequence (dynamic programming, the best monotone set of pairs
 *    scoring at least `gap`), in the spirit of patience diff filling the gaps between unique lines. Anchors out of
 *    order are still pairs: moved or renumbered points;
 * 3. union: a point whose best candidates are several points of the other side that together match it better
 *    than any one does (`unionGain` above the best single) becomes a split or a merge;
 * 4. possible: what is left is assigned one-to-one at the `possible` bar, reported points included (their summaries
 *    and claims are evidence too, but never enough for a confident pair).
 */
export type AlignItem = {
  /** Evidence: the text's weighted terms (see terms.ts). */
  bag: TermBag;
  /** A known text may be paired; a reported summary only ever yields possible matches. */
  pairable: boolean;
};

export type AlignParams = {
  /** Anchors: pairs at or above this score, assigned one to one. */
  confident: number;
  /** Gaps between in-order anchors: pairs at or above this score, in order. */
  gap: number;
  /** Possible matches and the plausible candidates that keep a point from being called dropped or added. */
  possible: number;
  /** A union of points must beat the best single point by this much to make a split or a merge. */
  unionGain: number;
};

/**
 * Tuned on the tune half of tests/fixtures/align (see `npm run bench:align`), and checked on the corpus: two
 * different points of one version score at most ~0.49 against each other, so an anchor needs more than that,
 * while a heavy rewrite of one point can score 0.1-0.3 and is found by its place in the order instead.
 */
export const DEFAULT_ALIGN: AlignParams = { confident: 0.5, gap: 0.16, possible: 0.1, unionGain: 0.05 };

export type PairHow = 'similar' | 'order' | 'union';
export type AlignedPair = { left: number[]; right: number[]; score: number; how: PairHow };
export type PossiblePair = { left: number; right: number; score: number };
export type Unpaired = { side: 'left' | 'right'; index: number; candidates: { index: number; score: number }[] };
export type Alignment = { pairs: AlignedPair[]; possible: PossiblePair[]; unpaired: Unpaired[]; space: TermSpace; vecs: { left: Vec[]; right: Vec[] } };

const round = (x: number) => Math.round(x * 1000) / 1000;

export function align(left: AlignItem[], right: AlignItem[], params: AlignParams = DEFAULT_ALIGN): Alignment {
  const space = new TermSpace([...left.map((x) => x.bag), ...right.map((x) => x.bag)]);
  const L = left.map((x) => space.vec(x.bag));
  const R = right.map((x) => space.vec(x.bag));
  const all = scorePairs(space, L, R, params.possible);
  const pairable = (c: Candidate) => left[c.i]!.pairable && right[c.j]!.pairable;
  const usedL = new Set<number>();
  const usedR = new Set<number>();
  const pairs: AlignedPair[] = [];
  const take = (l: number[], r: number[], score: number, how: PairHow) => {
    l.forEach((i) => usedL.add(i));
    r.forEach((j) => usedR.add(j));
    pairs.push({ left: l, right: r, score: round(score), how });
  };

  // 1. Anchors.
  const tie = (c: Candidate) => c.score + 1e-6 / (1 + Math.abs(c.i / Math.max(left.length, 1) - c.j / Math.max(right.length, 1)));
  const anchors = assign(all.filter((c) => pairable(c) && c.score >= params.confident).map((c) => ({ ...c, score: tie(c) })));
  for (const c of anchors) take([c.i], [c.j], cosine(L[c.i]!, R[c.j]!), 'similar');

  // 2. Order: the gaps between consecutive anchors of the longest in-order chain.
  const chain = longestChain(anchors.map((c) => [c.i, c.j] as [number, number]));
  const bounds: [number, number][] = [[-1, -1], ...chain, [left.length, right.length]];
  const score = new Map<number, number>();
  for (const c of all) if (pairable(c)) score.set(c.i * right.length + c.j, c.score);
  for (let g = 0; g + 1 < bounds.length; g++) {
    const [l0, r0] = bounds[g]!;
    const [l1, r1] = bounds[g + 1]!;
    const gl: number[] = [];
    const gr: number[] = [];
    for (let i = l0 + 1; i < l1; i++) if (!usedL.has(i) && left[i]!.pairable) gl.push(i);
    for (let j = r0 + 1; j < r1; j++) if (!usedR.has(j) && right[j]!.pairable) gr.push(j);
    if (!gl.length || !gr.length) continue;
    for (const [i, j, s] of monotoneMatch(gl, gr, (i, j) => score.get(i * right.length + j) ?? 0, params.gap)) take([i], [j], s, 'order');
  }

  // 3. Unions: splits (one left point, several right) and merges (several left, one right).
  const best = (side: 'left' | 'right') => {
    // Each free point's best candidate on the other side (paired or not).
    const m = new Map<number, { other: number; score: number }>();
    for (const c of all) {
      if (!pairable(c)) continue;
      const [me, other] = side === 'right' ? [c.j, c.i] : [c.i, c.j];
      if ((side === 'right' ? usedR : usedL).has(me)) continue;
      const b = m.get(me);
      if (!b || c.score > b.score || (c.score === b.score && other < b.other)) m.set(me, { other, score: c.score });
    }
    return m;
  };
  const unite = (side: 'left' | 'right') => {
    const free = best(side);
    const byTarget = new Map<number, number[]>();
    for (const [me, b] of free) {
      const list = byTarget.get(b.other) ?? [];
      list.push(me);
      byTarget.set(b.other, list);
    }
    for (const [target, extra] of [...byTarget].sort((x, y) => x[0] - y[0])) {
      const pairIdx = pairs.findIndex((p) => (side === 'right' ? p.left.length === 1 && p.left[0] === target : p.right.length === 1 && p.right[0] === target));
      const current = pairIdx >= 0 ? (side === 'right' ? pairs[pairIdx]!.right : pairs[pairIdx]!.left) : [];
      if (pairIdx < 0 && ((side === 'right' ? usedL : usedR).has(target) || extra.length < 2)) continue;
      if (pairIdx >= 0 && (side === 'right' ? pairs[pairIdx]!.left.length : pairs[pairIdx]!.right.length) !== 1) continue;
      const members = [...current, ...extra].sort((x, y) => x - y);
      const items = side === 'right' ? right : left;
      const targetVec = side === 'right' ? L[target]! : R[target]!;
      const singles = members.map((k) => cosine(targetVec, (side === 'right' ? R : L)[k]!));
      const u = cosine(targetVec, space.vec(unionBag(members.map((k) => items[k]!.bag))));
      if (u < params.gap || u < Math.max(...singles) + params.unionGain) continue;
      if (pairIdx >= 0) pairs.splice(pairIdx, 1);
      if (side === 'right') take([target], members, u, 'union');
      else take(members, [target], u, 'union');
    }
  };
  unite('right');
  unite('left');

  // 4. Possible matches among what is left, then the plausible candidates of every point still unpaired.
  const possible: PossiblePair[] = assign(all.filter((c) => !usedL.has(c.i) && !usedR.has(c.j)).map((c) => ({ ...c, score: tie(c) }))).map(
    (c) => ({ left: c.i, right: c.j, score: round(cosine(L[c.i]!, R[c.j]!)) }),
  );
  const inPossibleL = new Set(possible.map((p) => p.left));
  const inPossibleR = new Set(possible.map((p) => p.right));
  const unpaired: Unpaired[] = [];
  const candidatesOf = (side: 'left' | 'right', k: number) =>
    all
      .filter((c) => (side === 'left' ? c.i === k : c.j === k))
      .map((c) => ({ index: side === 'left' ? c.j : c.i, score: c.score }))
      .sort((x, y) => y.score - x.score || x.index - y.index)
      .slice(0, 3);
  left.forEach((_, i) => {
    if (!usedL.has(i) && !inPossibleL.has(i)) unpaired.push({ side: 'left', index: i, candidates: candidatesOf('left', i) });
  });
  right.forEach((_, j) => {
    if (!usedR.has(j) && !inPossibleR.has(j)) unpaired.push({ side: 'right', index: j, candidates: candidatesOf('right', j) });
  });
  pairs.sort((x, y) => Math.min(...x.left) - Math.min(...y.left) || Math.min(...x.right) - Math.min(...y.right));
  return { pairs, possible, unpaired, space, vecs: { left: L, right: R } };
}

/** The longest chain of pairs increasing on both sides (patience sorting, O(n log n)); ties broken by position. */
export function longestChain(ps: [number, number][]): [number, number][] {
  const sorted = [...ps].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const tails: number[] = [];
  const prev: number[] = new Array(sorted.length).fill(-1);
  const at: number[] = [];
  sorted.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
    at[k] = lo;
  });
  const out: [number, number][] = [];
  let k = tails.length ? tails[tails.length - 1]! : -1;
  while (k >= 0) {
    out.push(sorted[k]!);
    k = prev[k]!;
  }
  return out.reverse();
}

/**
 * The best set of pairs between two runs that keeps both orders, maximising the sum of (score - bar) over pairs
 * that reach the bar (a Needleman-Wunsch alignment with free gaps). Runs are the points between two anchors, so
 * they are short.
 */
export function monotoneMatch(a: number[], b: number[], s: (i: number, j: number) => number, bar: number): [number, number, number][] {
  const n = a.length;
  const m = b.length;
  const D: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let x = 1; x <= n; x++) {
    for (let y = 1; y <= m; y++) {
      const v = s(a[x - 1]!, b[y - 1]!);
      const diag = v >= bar ? D[x - 1]![y - 1]! + (v - bar) + 1e-9 : Number.NEGATIVE_INFINITY;
      D[x]![y] = Math.max(D[x - 1]![y]!, D[x]![y - 1]!, diag);
    }
  }
  const out: [number, number, number][] = [];
  let x = n;
  let y = m;
  while (x > 0 && y > 0) {
    const v = s(a[x - 1]!, b[y - 1]!);
    if (v >= bar && D[x]![y] === D[x - 1]![y - 1]! + (v - bar) + 1e-9) {
      out.push([a[x - 1]!, b[y - 1]!, v]);
      x--;
      y--;
    } else if (D[x]![y] === D[x - 1]![y]) x--;
    else y--;
  }
  return out.reverse();
}
