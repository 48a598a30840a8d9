import { termsOf, type TermBag } from './terms';

export type Candidate = { i: number; j: number; score: number };

/** A text in the term space: its term ids (ascending), their TF-IDF weights, and the vector's length. */
export type Vec = { ids: Int32Array; w: Float64Array; norm: number };

/**
 * The shared term space of one comparison: every term interned once as an integer, its document frequency over
 * both sides' texts, and TF-IDF vectors as typed arrays. Cosine is a merge of two sorted id lists: no per-pair
 * Map, no per-term object, so a 10,000-point comparison does not spend its time collecting garbage.
 */
export class TermSpace {
  readonly ids = new Map<string, number>();
  private df: number[] = [];
  private N = 0;
  private idfCache: Float64Array | null = null;

  constructor(bags: TermBag[]) {
    for (const bag of bags) {
      for (const t of bag.keys()) {
        let id = this.ids.get(t);
        if (id === undefined) {
          id = this.df.length;
          this.ids.set(t, id);
          this.df.push(0);
        }
        this.df[id]!++;
      }
    }
    this.N = bags.length;
  }

  private names: string[] = [];
  /** The term an id stands for. */
  term(id: number): string {
    if (this.names.length !== this.ids.size) {
      this.names = new Array<string>(this.ids.size);
      for (const [t, k] of this.ids) this.names[k] = t;
    }
    return this.names[id] ?? '';
  }

  /** How many of the space's texts hold the term (0 for a term it has never seen). */
  docFreq(id: number): number {
    return this.df[id] ?? 0;
  }

  get size(): number {
    return this.N;
  }

  private idf(id: number): number {
    if (!this.idfCache) this.idfCache = Float64Array.from(this.df, (n) => Math.log(1 + this.N / n));
    return id < this.idfCache.length ? this.idfCache[id]! : Math.log(1 + this.N);
  }

  /** A bag of terms as a vector of this space (terms it has never seen are left out: they cannot link two texts). */
  vec(bag: TermBag): Vec {
    const pairs: [number, number][] = [];
    for (const [t, c] of bag) {
      const id = this.ids.get(t);
      if (id !== undefined) pairs.push([id, c * this.idf(id)]);
    }
    pairs.sort((x, y) => x[0] - y[0]);
    const ids = Int32Array.from(pairs, (p) => p[0]);
    const w = Float64Array.from(pairs, (p) => p[1]);
    let s = 0;
    for (let k = 0; k < w.length; k++) s += w[k]! * w[k]!;
    return { ids, w, norm: Math.sqrt(s) };
  }
}

/**
 * Share of the shorter text's weight that the longer one holds (by squared TF-IDF weight): 1 when every word of a
 * one-line summary item is in the long point it sums up, whatever else the point says. Cosine alone would call
 * that pair dissimilar, because the point's other sentences lengthen its vector.
 */
export function containment(a: Vec, b: Vec): number {
  const [short, long] = a.norm <= b.norm ? [a, b] : [b, a];
  if (short.norm === 0) return 0;
  let x = 0;
  let y = 0;
  let hit = 0;
  while (x < short.ids.length && y < long.ids.length) {
    const p = short.ids[x]!;
    const q = long.ids[y]!;
    if (p === q) {
      hit += short.w[x]! * short.w[x]!;
      x++;
      y++;
    } else if (p < q) x++;
    else y++;
  }
  return hit / (short.norm * short.norm);
}

/** How much containment counts against cosine: a contained short text is weaker evidence than a close rewording. */
export const CONTAINMENT_WEIGHT = 0.6;

/**
 * The score of a pair: cosine, or the shorter text's containment in the longer, weighted, whichever is higher. One
 * merge of the two id lists gives both.
 */
export function similarity(a: Vec, b: Vec): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const aShort = a.norm <= b.norm;
  let x = 0;
  let y = 0;
  let dot = 0;
  let hit = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (x < ai.length && y < bi.length) {
    const p = ai[x]!;
    const q = bi[y]!;
    if (p === q) {
      const wa = a.w[x]!;
      const wb = b.w[y]!;
      dot += wa * wb;
      hit += aShort ? wa * wa : wb * wb;
      x++;
      y++;
    } else if (p < q) x++;
    else y++;
  }
  const short = aShort ? a.norm : b.norm;
  return Math.max(dot / (a.norm * b.norm), (CONTAINMENT_WEIGHT * hit) / (short * short));
}

/** Cosine of two vectors of one space. */
export function cosine(a: Vec, b: Vec): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let x = 0;
  let y = 0;
  let dot = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (x < ai.length && y < bi.length) {
    const p = ai[x]!;
    const q = bi[y]!;
    if (p === q) {
      dot += a.w[x]! * b.w[y]!;
      x++;
      y++;
    } else if (p < q) x++;
    else y++;
  }
  return dot / (a.norm * b.norm);
}

/** How many terms two vectors share: one common word in two short texts is not evidence of anything. */
export function sharedTerms(a: Vec, b: Vec): number {
  let x = 0;
  let y = 0;
  let n = 0;
  while (x < a.ids.length && y < b.ids.length) {
    const p = a.ids[x]!;
    const q = b.ids[y]!;
    if (p === q) {
      n++;
      x++;
      y++;
    } else if (p < q) x++;
    else y++;
  }
  return n;
}

/** The sum of several bags: the text of points a draft split or merged, read as one. */
export function unionBag(bags: TermBag[]): TermBag {
  const out: TermBag = new Map();
  for (const b of bags) for (const [t, w] of b) out.set(t, (out.get(t) ?? 0) + w);
  return out;
}

export type SimilarityOptions = {
  /** Each text's rarest terms used to find candidates (see `candidatePairs`). */
  rarePerDoc?: number;
  /** Up to this many pairs, every pair is scored: exact, and cheap at the size of real plans and drafts. */
  exactUpTo?: number;
};

const DEFAULT_RARE = 8;
/**
 * Every pair is scored up to 20,000 pairs (a 140 × 140 comparison): every real plan and pasted draft (the longest
 * version has 28 points), so for them the narrowing below never loses a pair. Larger comparisons (synthetic
 * benches, bulk imports) are narrowed: scoring every pair of 250 × 250 reworded points took ~300 ms here.
 */
export const EXACT_UP_TO = 20_000;

/**
 * Pairs of texts worth scoring, when scoring all of them would cost too much.
 * 1. Rare terms: a reworded point keeps most of its distinctive words, so a pair sharing one of either text's
 *    `rarePerDoc` rarest terms is a candidate. A term in one text only (df 1) cannot link two texts (the words a
 *    rewording introduced are exactly those); a term in more than `dfCap` texts is too common to narrow anything
 *    and is skipped, so no posting list makes the candidate sets grow with n².
 * 2. Where a text has fewer than two rare terms (a shared vocabulary: every word common), MinHash bands over its
 *    term ids stand in: 20 bands of 4 hashes put texts with Jaccard 0.75 (a 15 % rewording) in one bucket with
 *    probability 0.999, and two unrelated texts of a 500-word vocabulary (Jaccard ~0.08) with ~10⁻⁴.
 * Both rules are symmetric, so compare(a, b) and compare(b, a) see the same candidates (the mirror property).
 */
export function candidatePairs(space: TermSpace, L: Vec[], R: Vec[], rarePerDoc = DEFAULT_RARE): [number, number][] {
  const N = space.size;
  const dfCap = Math.max(20, Math.ceil(4 * Math.sqrt(N)));
  const rare = (v: Vec): number[] => {
    const keyed: [number, number][] = [];
    for (const id of v.ids) {
      const n = space.docFreq(id);
      if (n > 1 && n <= dfCap) keyed.push([n, id]);
    }
    keyed.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    return keyed.slice(0, rarePerDoc).map((k) => k[1]);
  };
  const postings = (docs: Vec[]) => {
    const m = new Map<number, number[]>();
    docs.forEach((d, k) => {
      for (const id of d.ids) {
        if (space.docFreq(id) > dfCap) continue;
        let list = m.get(id);
        if (!list) m.set(id, (list = []));
        list.push(k);
      }
    });
    return m;
  };
  const lRare = L.map(rare);
  const rRare = R.map(rare);
  const rPost = postings(R);
  const lPost = postings(L);
  const cands: number[][] = L.map(() => []);
  const stamp = new Int32Array(R.length).fill(-1);
  const add = (i: number, j: number) => {
    if (stamp[j] === i) return;
    stamp[j] = i;
    cands[i]!.push(j);
  };
  // Per-left passes keep the stamp valid: every candidate of i is added while i is current.
  const fromRight = new Map<number, number[]>();
  rRare.forEach((terms, j) => {
    for (const t of terms) for (const i of lPost.get(t) ?? []) {
      let list = fromRight.get(i);
      if (!list) fromRight.set(i, (list = []));
      list.push(j);
    }
  });
  // MinHash for texts with too few rare terms.
  const weakL = lRare.map((r) => r.length < 2);
  const weakR = rRare.map((r) => r.length < 2);
  const banded = weakL.some(Boolean) || weakR.some(Boolean) ? minhashBuckets(L, R, weakL, weakR) : new Map<number, number[]>();
  L.forEach((_, i) => {
    for (const t of lRare[i]!) for (const j of rPost.get(t) ?? []) add(i, j);
    for (const j of fromRight.get(i) ?? []) add(i, j);
    for (const j of banded.get(i) ?? []) add(i, j);
  });
  const out: [number, number][] = [];
  cands.forEach((js, i) => {
    js.sort((x, y) => x - y);
    for (const j of js) out.push([i, j]);
  });
  return out;
}

const BANDS = 20;
const ROWS = 4;
/** Buckets larger than this hold near-identical boilerplate; pairing all of it would be quadratic again. */
const MAX_BUCKET = 400;

function minhashBuckets(L: Vec[], R: Vec[], weakL: boolean[], weakR: boolean[]): Map<number, number[]> {
  const K = BANDS * ROWS;
  // A fixed family of multiply-xorshift hashes, so the candidates are the same on every run.
  const A = Int32Array.from({ length: K }, (_, k) => (Math.imul(k + 1, 0x9e3779b1) | 1) >>> 0);
  const B = Int32Array.from({ length: K }, (_, k) => Math.imul(k + 7, 0x85ebca6b) >>> 0);
  const sig = (v: Vec) => {
    const s = new Uint32Array(K).fill(0xffffffff);
    for (const id of v.ids) {
      for (let k = 0; k < K; k++) {
        let h = (Math.imul(id + 1, A[k]!) + B[k]!) >>> 0;
        h ^= h >>> 15;
        h = Math.imul(h, 0x2c1b3c6d) >>> 0;
        if (h < s[k]!) s[k] = h;
      }
    }
    return s;
  };
  const bandKey = (s: Uint32Array, b: number) => {
    let h = b * 0x27d4eb2d;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ s[b * ROWS + r]!, 0x165667b1) >>> 0;
    return h;
  };
  const out = new Map<number, number[]>();
  const lSig = L.map((v) => (v.ids.length ? sig(v) : null));
  const rSig = R.map((v) => (v.ids.length ? sig(v) : null));
  for (let b = 0; b < BANDS; b++) {
    const buckets = new Map<number, { l: number[]; r: number[] }>();
    lSig.forEach((s, i) => {
      if (!s) return;
      const k = bandKey(s, b);
      let e = buckets.get(k);
      if (!e) buckets.set(k, (e = { l: [], r: [] }));
      e.l.push(i);
    });
    rSig.forEach((s, j) => {
      if (!s) return;
      const e = buckets.get(bandKey(s, b));
      if (e) e.r.push(j);
    });
    for (const { l, r } of buckets.values()) {
      if (!r.length || l.length * r.length > MAX_BUCKET * MAX_BUCKET || l.length > MAX_BUCKET || r.length > MAX_BUCKET) continue;
      for (const i of l) {
        for (const j of r) {
          if (!weakL[i] && !weakR[j]) continue;
          let list = out.get(i);
          if (!list) out.set(i, (list = []));
          list.push(j);
        }
      }
    }
  }
  return out;
}

/**
 * Cosine similarity of TF-IDF vectors between two lists of texts (or of term bags already made), for every pair
 * that reaches `minScore`: every pair up to `exactUpTo` pairs, the candidates of `candidatePairs` beyond. Scores
 * are rounded to three decimals, the precision every export shows.
 */
export function similarPairs(left: (string | TermBag)[], right: (string | TermBag)[], minScore: number, opts: number | SimilarityOptions = {}): Candidate[] {
  const o = typeof opts === 'number' ? { rarePerDoc: opts } : opts;
  const lb = left.map((x) => (typeof x === 'string' ? termsOf(x) : x));
  const rb = right.map((x) => (typeof x === 'string' ? termsOf(x) : x));
  const space = new TermSpace([...lb, ...rb]);
  const L = lb.map((b) => space.vec(b));
  const R = rb.map((b) => space.vec(b));
  return scorePairs(space, L, R, minScore, o);
}

/** Scores of the pairs worth scoring (see `similarPairs`), over vectors of one space. */
export function scorePairs(space: TermSpace, L: Vec[], R: Vec[], minScore: number, o: SimilarityOptions = {}): Candidate[] {
  const out: Candidate[] = [];
  const push = (i: number, j: number) => {
    const s = similarity(L[i]!, R[j]!);
    if (s >= minScore && s > 0) out.push({ i, j, score: Math.round(s * 1000) / 1000 });
  };
  if (L.length * R.length <= (o.exactUpTo ?? EXACT_UP_TO)) {
    for (let i = 0; i < L.length; i++) for (let j = 0; j < R.length; j++) push(i, j);
  } else {
    for (const [i, j] of candidatePairs(space, L, R, o.rarePerDoc ?? DEFAULT_RARE)) push(i, j);
  }
  return out;
}

/**
 * Optimal one-to-one assignment maximising total score over the candidate pairs. The candidate graph is split
 * into connected components and each solved with the Hungarian algorithm (O(k³) in the component's size k);
 * with a threshold, components stay small, so the cubic step never sees the whole plan.
 */
export function assign(cands: Candidate[]): Candidate[] {
  // Union-find over left ids (even) and right ids (odd).
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let p = parent.get(x) ?? x;
    if (p !== x) {
      p = find(p);
      parent.set(x, p);
    }
    return p;
  };
  for (const c of cands) {
    const a = find(2 * c.i);
    const b = find(2 * c.j + 1);
    if (a !== b) parent.set(a, b);
  }
  const comps = new Map<number, Candidate[]>();
  for (const c of cands) {
    const k = find(2 * c.i);
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
    const iAt = new Map(is.map((v, k) => [v, k]));
    const jAt = new Map(js.map((v, k) => [v, k]));
    const n = Math.max(is.length, js.length);
    const w: Float64Array[] = Array.from({ length: n }, () => new Float64Array(n));
    const byPair = new Map<number, Candidate>();
    for (const c of list) {
      w[iAt.get(c.i)!]![jAt.get(c.j)!] = c.score;
      byPair.set(iAt.get(c.i)! * n + jAt.get(c.j)!, c);
    }
    const match = hungarianMax(w);
    match.forEach((col, row) => {
      const c = byPair.get(row * n + col);
      if (c) chosen.push(c);
    });
  }
  return chosen.sort((x, y) => x.i - y.i);
}

/** Hungarian algorithm (Kuhn–Munkres, potentials form) on a square matrix, maximising. Returns row -> column. */
function hungarianMax(w: Float64Array[]): number[] {
  const n = w.length;
  const INF = Number.POSITIVE_INFINITY;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(INF);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = -w[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
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
