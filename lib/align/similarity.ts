import { contentTerms } from '../diff/tokens';

/** A text prepared for similarity: its term counts and vector norm under the shared IDF weights. */
type Doc = { tf: Map<string, number>; norm: number; terms: string[] };

export type Candidate = { i: number; j: number; score: number };

/**
 * Cosine similarity of TF-IDF vectors between two lists of texts, computed only for pairs that share one of
 * each text's rarest terms. An all-pairs pass is O(n·m) cosine products; for 1,000 × 1,000 points of ~100 words
 * that alone is ~100 ms on this machine, before any assignment. Rare-term candidates cut it to a few per
 * point, because a reworded point keeps most of its distinctive words (see bench/engine.bench.ts).
 */
export function similarPairs(left: string[], right: string[], minScore: number, rarePerDoc = 6): Candidate[] {
  const lt = left.map(contentTerms);
  const rt = right.map(contentTerms);
  const df = new Map<string, number>();
  for (const terms of [...lt, ...rt]) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const N = lt.length + rt.length;
  // IDF weights computed once per term, not once per lookup.
  const idf2 = new Map<string, number>();
  for (const [t, n] of df) idf2.set(t, Math.log(1 + N / n) ** 2);
  const prep = (terms: string[]): Doc => {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    let s = 0;
    for (const [t, c] of tf) s += c * c * idf2.get(t)!;
    return { tf, norm: Math.sqrt(s), terms: [...tf.keys()] };
  };
  const L = lt.map(prep);
  const R = rt.map(prep);
  // The rarest terms of a text (ties by the term itself, so the choice is deterministic).
  const rare = (d: Doc) => {
    // A term found in one text only (df 1) cannot link two texts: the words a rewording introduced are exactly
    // those, and picking them would leave a reworded point without its counterpart as a candidate.
    const keyed = d.terms.map((t) => ({ t, n: df.get(t)! })).filter((k) => k.n > 1);
    keyed.sort((x, y) => x.n - y.n || (x.t < y.t ? -1 : x.t > y.t ? 1 : 0));
    return keyed.slice(0, rarePerDoc).map((k) => k.t);
  };
  const index = (docs: Doc[]) => {
    const m = new Map<string, number[]>();
    docs.forEach((d, k) => {
      for (const t of d.terms) {
        let list = m.get(t);
        if (!list) m.set(t, (list = []));
        list.push(k);
      }
    });
    return m;
  };
  // A pair is a candidate when it shares a rare term of EITHER text, so compare(a, b) and compare(b, a) see the
  // same candidates (the mirror property).
  const candidates = L.map(() => new Set<number>());
  const rIndex = index(R);
  const lIndex = index(L);
  L.forEach((d, i) => {
    for (const t of rare(d)) for (const j of rIndex.get(t) ?? []) candidates[i]!.add(j);
  });
  R.forEach((e, j) => {
    for (const t of rare(e)) for (const i of lIndex.get(t) ?? []) candidates[i]!.add(j);
  });
  const out: Candidate[] = [];
  L.forEach((d, i) => {
    if (d.norm === 0) return;
    for (const j of [...candidates[i]!].sort((x, y) => x - y)) {
      const e = R[j]!;
      if (e.norm === 0) continue;
      let dot = 0;
      const [small, big] = d.tf.size <= e.tf.size ? [d, e] : [e, d];
      for (const [t, c] of small.tf) {
        const c2 = big.tf.get(t);
        if (c2) dot += c * c2 * idf2.get(t)!;
      }
      const score = dot / (d.norm * e.norm);
      if (score >= minScore) out.push({ i, j, score: Math.round(score * 1000) / 1000 });
    }
  });
  return out;
}

/**
 * Optimal one-to-one assignment maximising total score over the candidate pairs. The candidate graph is split
 * into connected components and each solved with the Hungarian algorithm (O(k³) in the component's size k);
 * with rare-term candidates components stay small, so the cubic step never sees the whole plan.
 */
export function assign(cands: Candidate[]): Candidate[] {
  // Union-find over left ids (L:i) and right ids (R:j).
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let p = parent.get(x) ?? x;
    if (p !== x) {
      p = find(p);
      parent.set(x, p);
    }
    return p;
  };
  for (const c of cands) {
    const a = find(`L${c.i}`);
    const b = find(`R${c.j}`);
    if (a !== b) parent.set(a, b);
  }
  const comps = new Map<string, Candidate[]>();
  for (const c of cands) {
    const k = find(`L${c.i}`);
    let list = comps.get(k);
    if (!list) comps.set(k, (list = []));
    list.push(c);
  }
  const chosen: Candidate[] = [];
  for (const list of comps.values()) {
    if (list.length === 1) {
      chosen.push(list[0]!);
      continue;
    }
    const is = [...new Set(list.map((c) => c.i))].sort((x, y) => x - y);
    const js = [...new Set(list.map((c) => c.j))].sort((x, y) => x - y);
    const n = Math.max(is.length, js.length);
    const w: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    const byPair = new Map<string, Candidate>();
    for (const c of list) {
      w[is.indexOf(c.i)]![js.indexOf(c.j)] = c.score;
      byPair.set(`${c.i}:${c.j}`, c);
    }
    const match = hungarianMax(w);
    match.forEach((col, row) => {
      const i = is[row];
      const j = js[col];
      if (i === undefined || j === undefined) return;
      const c = byPair.get(`${i}:${j}`);
      if (c) chosen.push(c);
    });
  }
  return chosen.sort((x, y) => x.i - y.i);
}

/** Hungarian algorithm (Kuhn–Munkres, potentials form) on a square matrix, maximising. Returns row -> column. */
function hungarianMax(w: number[][]): number[] {
  const n = w.length;
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  const cost = (i: number, j: number) => -w[i - 1]![j - 1]!;
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(INF);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const res = new Array<number>(n).fill(-1);
  for (let j = 1; j <= n; j++) if (p[j]! > 0) res[p[j]! - 1] = j - 1;
  return res;
}
