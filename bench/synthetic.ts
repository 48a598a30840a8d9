/**
 * Synthetic plan versions for the engine bench and the candidate-recall test: version a of n points and version b
 * made from it by rewording, dropping, adding and moving points, with the pairs of texts that are the same point.
 * Seeded, so every run measures (and every test checks) the same inputs.
 */
import type { Plan, Point } from '../lib/schema';

/** Seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vocabulary(size: number, seed: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const r = rng(seed);
  while (out.length < size) {
    const len = 3 + Math.floor(r() * 8);
    const w = Array.from({ length: len }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(r() * 26)]).join('');
    if (!seen.has(w)) seen.add(w), out.push(w);
  }
  return out;
}

export type Mix = {
  /** How words are drawn: `zipf` from 3,000 words, common words often and rare words rarely, as in prose
   * (index = size · r³); `shared` uniformly from 500 words, so no word is rare. */
  vocab: 'zipf' | 'shared';
  wordsPerPoint: number;
  /** Share of points reworded, and share of a reworded point's words replaced. */
  reworded: number;
  wordsReplaced: number;
  dropped: number;
  added: number;
  moved: number;
};

/** The mix the README's first benchmark row names: 20 % reworded, 5 % dropped, added and moved; 3,000-word Zipf vocabulary. */
export const NORMAL: Mix = { vocab: 'zipf', wordsPerPoint: 100, reworded: 0.2, wordsReplaced: 0.1, dropped: 0.05, added: 0.05, moved: 0.05 };
/** Every point reworded (no exact matches to take out before similarity runs). */
export const ALL_REWORDED: Mix = { ...NORMAL, reworded: 1 };
/** 500 words drawn uniformly: every word is common, so no text has a rare word. */
export const SHARED_VOCAB: Mix = { ...NORMAL, vocab: 'shared' };

const VOCABS = { zipf: vocabulary(3000, 1), shared: vocabulary(500, 2) };

export type SyntheticPair = { a: Plan; b: Plan; aTexts: string[]; bTexts: string[]; /** index in a -> index in b, for points kept or reworded */ same: Map<number, number> };

export function syntheticPair(n: number, seed: number, mix: Mix): SyntheticPair {
  const r = rng(seed);
  const vocab = VOCABS[mix.vocab];
  const word = () => vocab[Math.floor(vocab.length * (mix.vocab === 'zipf' ? r() ** 3 : r()))]!;
  const text = () => `${Array.from({ length: mix.wordsPerPoint }, word).join(' ')}.`;
  const reword = (t: string) =>
    t
      .slice(0, -1)
      .split(' ')
      .map((w) => (r() < mix.wordsReplaced ? word() : w))
      .join(' ') + '.';
  const aTexts = Array.from({ length: n }, text);
  // b as [text, index in a or -1].
  const b: [string, number][] = [];
  aTexts.forEach((t, i) => {
    const x = r();
    if (x < mix.dropped) return;
    let nt = r() < mix.reworded ? reword(t) : t;
    if (nt === t && mix.reworded >= 1) nt = `${t.slice(0, -1)} ${word()}.`; // every point reworded means every point differs
    b.push([nt, i]);
  });
  for (let i = 0; i < Math.round(n * mix.added); i++) b.splice(Math.floor(r() * (b.length + 1)), 0, [text(), -1]);
  for (let i = 0; i < Math.round(n * mix.moved); i++) {
    const [m] = b.splice(Math.floor(r() * b.length), 1);
    b.splice(Math.floor(r() * (b.length + 1)), 0, m!);
  }
  const same = new Map<number, number>();
  b.forEach(([, i], j) => i >= 0 && same.set(i, j));
  const bTexts = b.map(([t]) => t);
  return { a: plan('a', aTexts), b: plan('b', bTexts), aTexts, bTexts, same };
}

const known = (n: number, t: string): Point => ({ n, status: 'known', themes: [], text: t, sources: ['doc'], wording: { kind: 'verbatim', sources: ['doc'] } });

function plan(id: string, texts: string[]): Plan {
  return {
    id,
    title: id,
    kind: 'plan-version',
    shortTitle: id,
    conflict: 'bench',
    date: '2025-01-01',
    knownAsOf: '2025-01-01',
    declaredPoints: texts.length,
    origin: { channel: 'official', draftedBy: 'bench', summary: 'synthetic', sources: ['doc'] },
    sources: [{ id: 'doc', outlet: 'bench', title: 'bench', url: 'https://example.org/', published: '2025-01-01', kind: 'official-document' }],
    points: texts.map((t, i) => known(i + 1, t)),
  };
}
