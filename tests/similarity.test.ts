import { describe, expect, it } from 'vitest';
import { assign, similarPairs } from '../lib/align/similarity';
import { DEFAULT_THRESHOLD } from '../lib/compare/compare';
import { knownText } from '../lib/corpus/points';
import { checkCorpusDir } from '../lib/node/load';
import type { Plan } from '../lib/schema';

const known = (p: Plan) => p.points.filter((x) => x.status === 'known') as Extract<Plan['points'][number], { status: 'known' }>[];

describe('the similarity threshold, measured on the corpus', () => {
  const r = checkCorpusDir(`${__dirname}/../plans`);
  if (!r.ok) throw new Error('corpus invalid');
  const ua = r.corpus.plans.find((p) => p.id === 'ukraine-28')!;
  const e3 = r.corpus.plans.find((p) => p.id === 'e3-counter')!;

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
