import { describe, expect, it } from 'vitest';
import { assign, similarPairs } from '../lib/align/similarity';
import { DEFAULT_THRESHOLD } from '../lib/compare/compare';
import { knownText } from '../lib/corpus/points';
import { checkCorpusDir } from '../lib/node/load';
import type { Plan } from '../lib/schema';
import { readFileSync } from 'node:fs';
import { ALL_REWORDED, NORMAL, SHARED_VOCAB, syntheticPair, type Mix } from '../bench/synthetic';

const known = (p: Plan) => p.points.filter((x) => x.status === 'known') as Extract<Plan['points'][number], { status: 'known' }>[];

describe('the similarity threshold, measured on the corpus', () => {
  const r = checkCorpusDir(`${__dirname}/../plans`);
  if (!r.ok) throw new Error('corpus invalid');
  const corpus = r.corpus;
  const ua = corpus.plans.find((p) => p.id === 'ukraine-28')!;
  const e3 = corpus.plans.find((p) => p.id === 'e3-counter')!;

  it('no two different points of the 28-point plan and its E3 redline reach the threshold', () => {
    const A = known(ua);
    const B = known(e3);
    const pairs = similarPairs(A.map(knownText), B.map(knownText), 0, 1000);
    const wrong = pairs.filter((p) => A[p.i]!.n !== B[p.j]!.n);
    expect(Math.max(...wrong.map((p) => p.score))).toBeLessThan(DEFAULT_THRESHOLD);
    // Some amended points do reach it, and pair with their own number.
    const right = pairs.filter((p) => A[p.i]!.n === B[p.j]!.n && p.score >= DEFAULT_THRESHOLD);
    expect(right.length).toBeGreaterThan(5);
  });

  it('no two points within the 28-point plan reach the threshold', () => {
    const A = known(ua).map(knownText);
    const pairs = similarPairs(A, A, 0, 1000).filter((p) => p.i !== p.j);
    expect(Math.max(...pairs.map((p) => p.score))).toBeLessThan(DEFAULT_THRESHOLD);
  });

  /**
   * Every pair of known texts in the corpus, all pairs (no candidate narrowing): two different points (within one
   * version, or across versions with no curated relation linking them) against one point and its rewrite (linked by
   * a relation of a lineage file). The README states both figures; this keeps them true.
   */
  it("measures every pair of known texts in the corpus: the README's figures for different points and heavy rewrites", () => {
    const ref = (p: Plan['points'][number]) => String(p.n ?? p.key);
    let different = { score: 0, what: '' };
    let rewrite = { score: 1, what: '' };
    for (const a of corpus.plans) {
      for (const b of corpus.plans) {
        if (a.id > b.id) continue;
        const A = known(a);
        const B = known(b);
        if (!A.length || !B.length) continue;
        const rel = corpus.relations.find((f) => (f.from === a.id && f.to === b.id) || (f.from === b.id && f.to === a.id));
        const linked = (i: number, j: number) =>
          rel?.relations.some((x) => {
            const [f, t] = rel.from === a.id ? [x.from, x.to] : [x.to, x.from];
            return f.map(String).includes(ref(A[i]!)) && t.map(String).includes(ref(B[j]!));
          }) ?? false;
        for (const p of similarPairs(A.map(knownText), B.map(knownText), 0, Number.MAX_SAFE_INTEGER)) {
          if (a.id === b.id ? p.i === p.j : linked(p.i, p.j)) {
            if (a.id !== b.id && rel!.link === 'lineage' && p.score < rewrite.score) rewrite = { score: p.score, what: `${a.id}:${ref(A[p.i]!)} ~ ${b.id}:${ref(B[p.j]!)}` };
          } else if (p.score > different.score) different = { score: p.score, what: `${a.id}:${ref(A[p.i]!)} ~ ${b.id}:${ref(B[p.j]!)}` };
        }
      }
    }
    const readme = readFileSync(`${__dirname}/../README.md`, 'utf8').replace(/\s+/g, ' ');
    const claimedMax = Number(/different points score at most (0\.\d+)/.exec(readme)?.[1]);
    const claimedLow = Number(/heavy rewrites of one point can score as low as (0\.\d+)/.exec(readme)?.[1]);
    expect(claimedMax, 'the README states the highest score of two different points').toBeLessThan(DEFAULT_THRESHOLD);
    expect(different.score, `highest: ${different.what}`).toBeLessThanOrEqual(claimedMax);
    expect(claimedMax - different.score, `the README's figure is stale: highest is ${different.score} (${different.what})`).toBeLessThan(0.01);
    expect(Math.abs(rewrite.score - claimedLow), `lowest rewrite: ${rewrite.score} (${rewrite.what})`).toBeLessThan(0.01);
    expect(rewrite.score).toBeLessThan(DEFAULT_THRESHOLD);
  });
});

/**
 * Candidate recall: the engine scores only pairs that share one of either text's rarest words. Against an all-pairs
 * pass over the same texts, every pair at or above the threshold must be among the candidates, or a reworded point
 * shows as dropped and added. Measured on synthetic versions (bench/synthetic.ts) of 200 points.
 */
describe('candidate recall against an all-pairs pass', () => {
  const key = (c: { i: number; j: number }) => `${c.i}:${c.j}`;
  const recall = (mix: Mix, seed: number) => {
    const p = syntheticPair(200, seed, mix);
    const all = similarPairs(p.aTexts, p.bTexts, DEFAULT_THRESHOLD, Number.MAX_SAFE_INTEGER);
    const narrowed = similarPairs(p.aTexts, p.bTexts, DEFAULT_THRESHOLD);
    const got = new Map(narrowed.map((c) => [key(c), c.score]));
    // The narrowed pass never invents a pair or changes a score.
    const allScores = new Map(all.map((c) => [key(c), c.score]));
    for (const [k, s] of got) expect(allScores.get(k), k).toBe(s);
    return { found: all.filter((c) => got.has(key(c))).length, total: all.length };
  };

  for (const [name, mix] of [
    ['20 % of points reworded (10 % of words), Zipf vocabulary', NORMAL],
    ['every point reworded (10 % of words)', ALL_REWORDED],
    ['a shared 500-word vocabulary: no rare words', SHARED_VOCAB],
    ['every point of 20 words reworded, 40 % of words replaced', { ...ALL_REWORDED, wordsPerPoint: 20, wordsReplaced: 0.4 }],
  ] as [string, Mix][]) {
    it(`is 1 with ${name}`, () => {
      for (const seed of [1, 2, 3]) {
        const { found, total } = recall(mix, seed);
        expect(total).toBeGreaterThan(150);
        expect(found, `seed ${seed}`).toBe(total);
      }
    });
  }

  // Known gap (reported 2026-12-01): when half of a 100-word point's words are replaced, the reworded text can
  // still score above the threshold while sharing none of either text's 6 rarest words; today 2 to 11 of ~190 such
  // pairs per 200 points are missed and show as dropped and added (seeds 1-3: 194 of 196, 183 of 187, 180 of 191).
  // The floor keeps it from getting worse; the aim is 1.
  it('is at least 0.94 with every point reworded, half of each point\'s words replaced', () => {
    for (const seed of [1, 2, 3]) {
      const { found, total } = recall({ ...ALL_REWORDED, wordsReplaced: 0.5 }, seed);
      expect(found / total, `seed ${seed}: ${found} of ${total}`).toBeGreaterThanOrEqual(0.94);
    }
  });
});

describe('candidates', () => {
  it('still finds a reworded text whose rarest words are the ones the rewording introduced', () => {
    const shared = 'ceasefire monitoring border zone withdrawal troops guarantee council sanctions elections referendum amnesty prisoners'.split(' ');
    const before = [...shared, 'aaa1', 'aaa2', 'aaa3', 'aaa4', 'aaa5', 'aaa6', 'aaa7'].join(' ');
    const after = [...shared, 'bbb1', 'bbb2', 'bbb3', 'bbb4', 'bbb5', 'bbb6', 'bbb7'].join(' ');
    const other = 'fund reconstruction investment bank energy grid river grain port'.split(' ').join(' ');
    const pairs = similarPairs([before, other], [after, other], DEFAULT_THRESHOLD);
    expect(pairs.find((p) => p.i === 0)?.j).toBe(0);
  });
});

describe('assign', () => {
  it('finds the optimal one-to-one assignment, not the greedy one', () => {
    // Greedy would take (0,0)=0.9 and leave 1 with 0.1; the optimum pairs (0,1) and (1,0) for 1.6.
    const chosen = assign([
      { i: 0, j: 0, score: 0.9 },
      { i: 0, j: 1, score: 0.8 },
      { i: 1, j: 0, score: 0.8 },
      { i: 1, j: 1, score: 0.1 },
    ]);
    expect(chosen.map((c) => [c.i, c.j])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});
