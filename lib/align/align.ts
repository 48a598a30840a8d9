import { assign, similarity as cosine, scorePairs, TermSpace, unionBag, type Candidate, type Vec } from './similarity';
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
  /** A mutual best match must lead each text's second best by this much. */
  margin: number;
  /** Possible matches: the bonus for a candidate that keeps the order of the pairs around it. */
  orderBonus: number;
};

/**
 * Tuned on the tune half of tests/fixtures/align (see `npm run bench:align`), and checked on the corpus: two
 * different points of one version score at most ~0.49 against each other, so an anchor needs more than that,
 * while a heavy rewrite of one point can score 0.1-0.3 and is found by its place in the order instead.
 */
export const DEFAULT_ALIGN: AlignParams = { confident: 0.5, gap: 0.25, possible: 0.08, unionGain: 0.05, margin: 0.05, orderBonus: 0.05 };

export type PairHow = 'similar' | 'mutual' | 'order' | 'union';
export type AlignedPair = { left: number[]; right: number[]; score: number; how: PairHow };
export type PossiblePair = { left: number; right: number; score: number };
export type Unpaired = { side: 'left' | 'right'; index: number; candidates: { index: number; score: number }[] };
export type Alignment = { pairs: AlignedPair[]; possible: PossiblePair[]; unpaired: Unpaired[]; space: TermSpace; vecs: { left: Vec[]; right: Vec[] } };

const round = (x: number) => Math.round(x * 1000) / 1000;

export function align(left: AlignItem[], right: AlignItem[], params: AlignParams = DEFAULT_ALIGN): Alignment {
  const space = new TermSpace([...left.map((x) => x.bag), ...right.map((x) => x.bag)]);
  const L = left.map((x) => space.vec(x.bag));
  const R = right.map((x) => space.vec(x.bag));
  // Evidence needs more than one common word: two short texts sharing "point" are not the same point. A shared
  // figure or thesaurus concept counts double.
  const enough = (c: Candidate) => evidenceCount(L[c.i]!, R[c.j]!, space) >= 2;
  const all = scorePairs(space, L, R, params.possible).filter(enough);
  const pairable = (c: Candidate) => left[c.i]!.pairable && right[c.j]!.pairable;
  const usedL = new Set<number>();
  const usedR = new Set<number>();
  const pairs: AlignedPair[] = [];
  const take = (l: number[], r: number[], score: number, how: PairHow) => {
    l.forEach((i) => usedL.add(i));
    r.forEach((j) => usedR.add(j));
    pairs.push({ left: l, right: r, score: round(score), how });
  };
  // Exact ties are broken the same way whichever side is left: a hair of preference for pairs at the same relative
  // position (|i/n - j/m| reads the same from both sides).
  const pos = (i: number, j: number) => Math.abs(i / Math.max(left.length, 1) - j / Math.max(right.length, 1));
  const tie = (c: Candidate) => c.score + 1e-6 / (1 + pos(c.i, c.j));

  // 1. Anchors.
  const anchors = assign(all.filter((c) => pairable(c) && c.score >= params.confident).map((c) => ({ ...c, score: tie(c) })));
  for (const c of anchors) take([c.i], [c.j], cosine(L[c.i]!, R[c.j]!), 'similar');

  // 1b. Mutual best matches: a pair where each text is the other's clear best (by `margin` over its second best),
  // at the gap bar. Like the unique lines of patience diff, such a pair is evidence in itself, in order or not.
  const bestOf = (side: 'left' | 'right') => {
    const m = new Map<number, { other: number; s: number; second: number }>();
    for (const c of all) {
      if (!pairable(c)) continue;
      const [me, other] = side === 'left' ? [c.i, c.j] : [c.j, c.i];
      const b = m.get(me);
      if (!b) m.set(me, { other, s: c.score, second: 0 });
      else if (c.score > b.s) m.set(me, { other, s: c.score, second: b.s });
      else if (c.score > b.second) b.second = c.score;
    }
    return m;
  };
  const bl = bestOf('left');
  const br = bestOf('right');
  for (const [i, b] of [...bl].sort((x, y) => x[0] - y[0])) {
    const back = br.get(b.other);
    if (!back || back.other !== i || usedL.has(i) || usedR.has(b.other)) continue;
    if (b.s >= params.gap && b.s - b.second >= params.margin && back.s - back.second >= params.margin) take([i], [b.other], b.s, 'mutual');
  }

  // 2. Order: the gaps between consecutive anchors of the heaviest in-order chain.
  const chain = heaviestChain(pairs.map((p) => ({ i: p.left[0]!, j: p.right[0]!, w: p.score })));
  const bounds: [number, number][] = [[-1, -1], ...chain.map((c) => [c.i, c.j] as [number, number]), [left.length, right.length]];
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
    const s = (i: number, j: number) => {
      const v = score.get(i * right.length + j) ?? 0;
      return v ? v - 1e-7 * pos(i, j) : 0;
    };
    for (const [i, j] of monotoneMatch(gl, gr, s, params.gap)) take([i], [j], cosine(L[i]!, R[j]!), 'order');
  }

  // 3. Unions: splits (one left point, several right) and merges (several left, one right), weighed on the same
  // state from both sides, best first, so the result does not depend on which side is left.
  for (const u of unionCandidates(left, right, L, R, all, pairable, usedL, usedR, pairs, space, params).sort((x, y) => y.score - x.score || x.key - y.key)) {
    if (u.drop.some((k) => !pairs.includes(k))) continue;
    if (u.left.some((i) => usedL.has(i) && !u.drop.some((p) => p.left.includes(i))) || u.right.some((j) => usedR.has(j) && !u.drop.some((p) => p.right.includes(j)))) continue;
    for (const d of u.drop) {
      pairs.splice(pairs.indexOf(d), 1);
      d.left.forEach((i) => usedL.delete(i));
      d.right.forEach((j) => usedR.delete(j));
    }
    take(u.left, u.right, u.score, 'union');
  }

  // 4. Possible matches among what is left, one to one, with a bonus for candidates that keep the order of the
  // pairs around them (order is good evidence in a translation, weak in a summary, so it tips, never decides).
  const inOrder = heaviestChain(pairs.filter((p) => p.left.length === 1 && p.right.length === 1).map((p) => ({ i: p.left[0]!, j: p.right[0]!, w: p.score })));
  const gapOf = (k: number, side: 0 | 1) => {
    let g = 0;
    while (g < inOrder.length && (side === 0 ? inOrder[g]!.i : inOrder[g]!.j) < k) g++;
    return g;
  };
  const possible: PossiblePair[] = assign(
    all.filter((c) => !usedL.has(c.i) && !usedR.has(c.j)).map((c) => ({ ...c, score: tie(c) + (gapOf(c.i, 0) === gapOf(c.j, 1) ? params.orderBonus : 0) })),
  )
    .map((c) => ({ left: c.i, right: c.j, score: round(cosine(L[c.i]!, R[c.j]!)) }))
    .sort((x, y) => x.left - y.left);
  const inPossibleL = new Set(possible.map((p) => p.left));
  const inPossibleR = new Set(possible.map((p) => p.right));
  const unpaired: Unpaired[] = [];
  const candidatesOf = (side: 'left' | 'right', k: number) =>
    all
      .filter((c) => (side === 'left' ? c.i === k : c.j === k))
      .map((c) => ({ index: side === 'left' ? c.j : c.i, score: c.score, at: pos(c.i, c.j) }))
      .sort((x, y) => y.score - x.score || x.at - y.at)
      .slice(0, 3)
      .map(({ index, score: sc }) => ({ index, score: sc }));
  left.forEach((_, i) => {
    if (!usedL.has(i) && !inPossibleL.has(i)) unpaired.push({ side: 'left', index: i, candidates: candidatesOf('left', i) });
  });
  right.forEach((_, j) => {
    if (!usedR.has(j) && !inPossibleR.has(j)) unpaired.push({ side: 'right', index: j, candidates: candidatesOf('right', j) });
  });
  pairs.sort((x, y) => Math.min(...x.left) - Math.min(...y.left) || Math.min(...x.right) - Math.min(...y.right));
  return { pairs, possible, unpaired, space, vecs: { left: L, right: R } };
}

/** Shared terms, a figure or a thesaurus concept counting twice. */
export function evidenceCount(a: Vec, b: Vec, space: TermSpace): number {
  let x = 0;
  let y = 0;
  let n = 0;
  while (x < a.ids.length && y < b.ids.length) {
    const p = a.ids[x]!;
    const q = b.ids[y]!;
    if (p === q) {
      const t = space.term(p);
      n += t.startsWith('#') || t.startsWith('~') ? 2 : 1;
      x++;
      y++;
    } else if (p < q) x++;
    else y++;
  }
  return n;
}

type UnionCandidate = { left: number[]; right: number[]; score: number; drop: AlignedPair[]; key: number };

/**
 * Points a draft split or merged: a point whose best candidates on the other side are several points (free, or
 * the one it is already paired with) that lie close together and together match it better than any one does.
 */
function unionCandidates(
  left: AlignItem[],
  right: AlignItem[],
  L: Vec[],
  R: Vec[],
  all: Candidate[],
  pairable: (c: Candidate) => boolean,
  usedL: Set<number>,
  usedR: Set<number>,
  pairs: AlignedPair[],
  space: TermSpace,
  params: AlignParams,
): UnionCandidate[] {
  const out: UnionCandidate[] = [];
  for (const side of ['right', 'left'] as const) {
    // side: the side whose several points unite against one point of the other side.
    const usedMine = side === 'right' ? usedR : usedL;
    const best = new Map<number, { other: number; score: number }>();
    for (const c of all) {
      if (!pairable(c)) continue;
      const [me, other] = side === 'right' ? [c.j, c.i] : [c.i, c.j];
      if (usedMine.has(me)) continue;
      const b = best.get(me);
      if (!b || c.score > b.score || (c.score === b.score && other < b.other)) best.set(me, { other, score: c.score });
    }
    const byTarget = new Map<number, number[]>();
    for (const [me, b] of best) byTarget.set(b.other, [...(byTarget.get(b.other) ?? []), me]);
    for (const [target, extra] of byTarget) {
      const pair = pairs.find((p) => (side === 'right' ? p.left.length === 1 && p.left[0] === target : p.right.length === 1 && p.right[0] === target));
      if (pair && (side === 'right' ? pair.right.length : pair.left.length) !== 1) continue;
      if (!pair && ((side === 'right' ? usedL : usedR).has(target) || extra.length < 2)) continue;
      const members = [...(pair ? (side === 'right' ? pair.right : pair.left) : []), ...extra].sort((x, y) => x - y);
      // A split or a merge keeps its parts together: no gap of more than one point between them.
      if (members.some((m, k) => k > 0 && m - members[k - 1]! > 2)) continue;
      const items = side === 'right' ? right : left;
      const vecs = side === 'right' ? R : L;
      const targetVec = side === 'right' ? L[target]! : R[target]!;
      const singles = members.map((k) => cosine(targetVec, vecs[k]!));
      if (Math.min(...singles) < params.possible) continue;
      const u = cosine(targetVec, space.vec(unionBag(members.map((k) => items[k]!.bag))));
      if (u < params.gap || u < Math.max(...singles) + params.unionGain) continue;
      out.push({
        left: side === 'right' ? [target] : members,
        right: side === 'right' ? members : [target],
        score: u,
        drop: pair ? [pair] : [],
        key: target + members.reduce((a, b) => a + b, 0),
      });
    }
  }
  return out;
}

/**
 * The in-order chain of anchors with the greatest total score (weighted longest increasing subsequence). Unlike
 * the longest chain, it is the same set of pairs whichever side is read as left.
 */
export function heaviestChain<T extends { i: number; j: number; w: number }>(ps: T[]): T[] {
  const sorted = [...ps].sort((x, y) => x.i - y.i || x.j - y.j);
  const n = sorted.length;
  const best = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  let top = -1;
  for (let k = 0; k < n; k++) {
    best[k] = sorted[k]!.w;
    for (let m = 0; m < k; m++) {
      if (sorted[m]!.i < sorted[k]!.i && sorted[m]!.j < sorted[k]!.j && best[m]! + sorted[k]!.w > best[k]!) {
        best[k] = best[m]! + sorted[k]!.w;
        prev[k] = m;
      }
    }
    if (top < 0 || best[k]! > best[top]!) top = k;
  }
  const out: T[] = [];
  for (let k = top; k >= 0; k = prev[k]!) out.push(sorted[k]!);
  return out.reverse();
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
