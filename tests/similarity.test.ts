import { describe, expect, it } from 'vitest';
import { assign, candidatePairs, similarPairs, TermSpace } from '../lib/align/similarity';
import { DEFAULT_ALIGN } from '../lib/align/align';
import { termsOf } from '../lib/align/terms';
import { knownText } from '../lib/corpus/points';
import { checkCorpusDir } from '../lib/node/load';
import { readFileSync } from 'node:fs';
import { ALL_REWORDED, NORMAL, SHARED_VOCAB, syntheticPair, type Mix } from '../bench/synthetic';
import type { Plan } from '../lib/schema';

const known = (p: Plan) => p.points.filter((x) => x.status === 'known') as Extract<Plan['points'][number], { status: 'known' }>[];

describe('the aligner bars, measured on the corpus', () => {
  const r = checkCorpusDir(`${__dirname}/../plans`);
  if (!r.ok) throw new Error('corpus invalid');
  const corpus = r.corpus;
  const plan = (id: string) => r.corpus.plans.find((p) => p.id === id)!;
  const withKnown = r.corpus.plans.filter((p) => known(p).length > 1);

  it('no two different points of one version reach the confident bar', () => {
    for (const p of withKnown) {
      const A = known(p).map(knownText);
      const pairs = similarPairs(A, A, 0).filter((x) => x.i !== x.j);
      expect(Math.max(...pairs.map((x) => x.score)), p.id).toBeLessThan(DEFAULT_ALIGN.confident);
    }
  });

  it('between the 28-point plan and the E3 text, different points stay under the confident bar and many amended points reach it', () => {
    const A = known(plan('ukraine-28'));
    const B = known(plan('e3-counter'));
    const pairs = similarPairs(A.map(knownText), B.map(knownText), 0);
    const wrong = pairs.filter((p) => A[p.i]!.n !== B[p.j]!.n);
    expect(Math.max(...wrong.map((p) => p.score))).toBeLessThan(DEFAULT_ALIGN.confident);
    const right = pairs.filter((p) => A[p.i]!.n === B[p.j]!.n && p.score >= DEFAULT_ALIGN.confident);
    expect(right.length).toBeGreaterThanOrEqual(8);
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
    for (const a of corpus.plans.filter((p) => p.kind === 'plan-version')) {
      for (const b of corpus.plans.filter((p) => p.kind === 'plan-version')) {
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
        for (const p of similarPairs(A.map(knownText), B.map(knownText), 0)) {
          if (a.id === b.id ? p.i === p.j : linked(p.i, p.j)) {
            if (a.id !== b.id && rel!.link === 'lineage' && p.score < rewrite.score) rewrite = { score: p.score, what: `${a.id}:${ref(A[p.i]!)} ~ ${b.id}:${ref(B[p.j]!)}` };
          } else if (p.score > different.score) different = { score: p.score, what: `${a.id}:${ref(A[p.i]!)} ~ ${b.id}:${ref(B[p.j]!)}` };
        }
      }
    }
    const readme = readFileSync(`${__dirname}/../README.md`, 'utf8').replace(/\s+/g, ' ');
    const claimedMax = Number(/different points score at most (0\.\d+)/.exec(readme)?.[1]);
    const claimedLow = Number(/heavy rewrites of one point can score as low as (0\.\d+)/.exec(readme)?.[1]);
    expect(claimedMax, 'the README states the highest score of two different points').toBeLessThan(DEFAULT_ALIGN.confident);
    expect(different.score, `highest: ${different.what}`).toBeLessThanOrEqual(claimedMax);
    expect(claimedMax - different.score, `the README's figure is stale: highest is ${different.score} (${different.what})`).toBeLessThan(0.01);
    expect(Math.abs(rewrite.score - claimedLow), `lowest rewrite: ${rewrite.score} (${rewrite.what})`).toBeLessThan(0.01);
    expect(rewrite.score).toBeLessThan(DEFAULT_ALIGN.gap);
  });
});

/**
 * Candidate recall: the engine scores only pairs that share one of either text's rarest words. Against an all-pairs
 * pass over the same texts, every pair at or above the gap bar (the lowest bar of a sure pair) must be among the candidates, or a reworded point
 * shows as dropped and added. Measured on synthetic versions (bench/synthetic.ts) of 200 points.
 */
describe('candidate recall against an all-pairs pass', () => {
  const key = (c: { i: number; j: number }) => `${c.i}:${c.j}`;
  const recall = (mix: Mix, seed: number) => {
    const p = syntheticPair(200, seed, mix);
    const all = similarPairs(p.aTexts, p.bTexts, DEFAULT_ALIGN.gap, { exactUpTo: Number.MAX_SAFE_INTEGER });
    const narrowed = similarPairs(p.aTexts, p.bTexts, DEFAULT_ALIGN.gap, { exactUpTo: 0 });
    const got = new Map(narrowed.map((c) => [key(c), c.score]));
    // The narrowed pass never invents a pair or changes a score.
    const allScores = new Map(all.map((c) => [key(c), c.score]));
    for (const [k, s] of got) expect(allScores.get(k), k).toBe(s);
    // The pairs that matter are the points b kept or reworded from a: missing one shows it as dropped and added.
    // (In a shared vocabulary, unrelated texts also cross the bar now and then; they are not the question.)
    const same = all.filter((c) => p.same.get(c.i) === c.j);
    return { found: same.filter((c) => got.has(key(c))).length, total: same.length };
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
        expect(total).toBeGreaterThan(140);
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

describe('evidence of sameness', () => {
  it('reads numbers as values, words as stems and thesaurus phrases as one concept', () => {
    const x = termsOf('Israel will release 250 life sentence prisoners plus 1700 Gazans who were detained.');
    const y = termsOf('Release of 250 life-sentence detainees and 1,700 Gazans held since the war began.');
    for (const t of ['#250', '#1700', '~prisoner', 'releas', 'life', 'sentenc']) {
      expect(x.has(t), t).toBe(true);
      expect(y.has(t), t).toBe(true);
    }
    expect(termsOf('army capped at 600 thousand').has('#600000')).toBe(true);
    expect(termsOf('$100bn of frozen assets').has('#100000000000')).toBe(true);
    expect(termsOf('$100 billion of frozen assets').has('#100000000000')).toBe(true);
  });
  it('weighs names and figures above common words', () => {
    const bag = termsOf('The plant at Zaporizhzhia will be restarted under IAEA supervision, sharing 50 percent.');
    expect(bag.get('iaea')).toBeGreaterThan(bag.get('supervis')!);
    expect(bag.get('#50')).toBeGreaterThan(bag.get('restart')!);
  });
});

describe('candidates', () => {
  it('still finds a reworded text whose rarest words are the ones the rewording introduced', () => {
    const shared = 'ceasefire monitoring border zone withdrawal troops guarantee council sanctions elections referendum amnesty prisoners'.split(' ');
    const before = [...shared, 'aaa1', 'aaa2', 'aaa3', 'aaa4', 'aaa5', 'aaa6', 'aaa7'].join(' ');
    const after = [...shared, 'bbb1', 'bbb2', 'bbb3', 'bbb4', 'bbb5', 'bbb6', 'bbb7'].join(' ');
    const other = 'fund reconstruction investment bank energy grid river grain port';
    const pairs = similarPairs([before, other], [after, other], 0.3, { exactUpTo: 0 });
    expect(pairs.find((p) => p.i === 0)?.j).toBe(0);
  });

  it('finds reworded pairs through MinHash bands when no word is rare (a shared vocabulary)', () => {
    const vocab = Array.from({ length: 60 }, (_, k) => `w${k}x`);
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const text = () => Array.from({ length: 30 }, () => vocab[Math.floor(rnd() * vocab.length)]).join(' ');
    const left = Array.from({ length: 40 }, text);
    const right = left.map((t) => t.split(' ').map((w, k) => (k % 9 === 0 ? vocab[Math.floor(rnd() * vocab.length)] : w)).join(' '));
    const bags = [...left, ...right].map((t) => termsOf(t));
    const space = new TermSpace(bags);
    const L = bags.slice(0, 40).map((b) => space.vec(b));
    const R = bags.slice(40).map((b) => space.vec(b));
    const cands = new Set(candidatePairs(space, L, R).map(([i, j]) => `${i}:${j}`));
    const found = left.filter((_, k) => cands.has(`${k}:${k}`)).length;
    expect(found).toBeGreaterThanOrEqual(39);
    // and far fewer than all pairs
    expect(cands.size).toBeLessThan(40 * 40);
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
