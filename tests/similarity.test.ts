import { describe, expect, it } from 'vitest';
import { assign, candidatePairs, similarPairs, TermSpace } from '../lib/align/similarity';
import { DEFAULT_ALIGN } from '../lib/align/align';
import { termsOf } from '../lib/align/terms';
import { knownText } from '../lib/corpus/points';
import { checkCorpusDir } from '../lib/node/load';
import type { Plan } from '../lib/schema';

const known = (p: Plan) => p.points.filter((x) => x.status === 'known') as Extract<Plan['points'][number], { status: 'known' }>[];

describe('the aligner bars, measured on the corpus', () => {
  const r = checkCorpusDir(`${__dirname}/../plans`);
  if (!r.ok) throw new Error('corpus invalid');
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
