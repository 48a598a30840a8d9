import { describe, expect, it } from 'vitest';
import { linkedPairs } from '../lib/corpus/pairs';
import type { Corpus } from '../lib/corpus/corpus';
import { loadCorpus } from '../lib/node/load';
import { makePlan } from './helpers/gen';

const show = (c: Corpus) => linkedPairs(c).map((p) => `${p.a} → ${p.b}`);

function corpusOf(plans: ReturnType<typeof makePlan>[], relations: { from: string; to: string }[] = []): Corpus {
  return {
    version: '2026.01.01',
    versionDate: '2026-01-01',
    plans,
    relations: relations.map((r) => ({ ...r, link: 'lineage' as const, summary: 's', sources: [], relations: [] })),
    provisions: [],
    events: { sources: [], events: [] },
    corrections: { entries: [] },
  };
}

describe('linkedPairs: the comparisons the site pre-renders', () => {
  it('on the corpus: relation files, derivedFrom and neighbours by date in one conflict, both orders', () => {
    const corpus = loadCorpus();
    const pairs = show(corpus);
    // Every relation file, both orders.
    for (const r of corpus.relations) expect(pairs).toEqual(expect.arrayContaining([`${r.from} → ${r.to}`, `${r.to} → ${r.from}`]));
    // Versions of one conflict that follow each other by date, and derivedFrom.
    expect(pairs).toEqual(expect.arrayContaining(['e3-counter → geneva-19', 'geneva-19 → us-ukraine-20', 'gaza-21 → gaza-20', 'ukraine-28 → gaza-20']));
    // Not: two versions that are neither neighbours nor related, nor a related document and the next version by date.
    expect(pairs).not.toContain('gaza-21 → ukraine-28');
    expect(pairs).not.toContain('e3-counter → us-ukraine-20');
    expect(pairs).not.toContain('trump-declaration → unsc-2803');
    expect(pairs.length).toBeLessThan(corpus.plans.length * (corpus.plans.length - 1));
  });

  it('links each kind of link on its own, and nothing else', () => {
    const plan = (id: string, date: string, conflict: string, derivedFrom?: string[]) => ({ ...makePlan(id, ['x'], conflict), date, ...(derivedFrom ? { derivedFrom } : {}) });
    // Neighbours by date within a conflict only: a-1 and a-3 are not neighbours, nor are a-1 and b-1.
    expect(show(corpusOf([plan('a-1', '2025-01-01', 'a'), plan('a-2', '2025-02-01', 'a'), plan('a-3', '2025-03-01', 'a'), plan('b-1', '2025-01-15', 'b')]))).toEqual([
      'a-1 → a-2',
      'a-2 → a-1',
      'a-2 → a-3',
      'a-3 → a-2',
    ]);
    // derivedFrom across conflicts, and a relation file between any two.
    expect(show(corpusOf([plan('a-1', '2025-01-01', 'a'), plan('b-1', '2025-01-15', 'b', ['a-1']), plan('c-1', '2025-01-20', 'c')], [{ from: 'c-1', to: 'a-1' }]))).toEqual([
      'a-1 → b-1',
      'a-1 → c-1',
      'b-1 → a-1',
      'c-1 → a-1',
    ]);
    // A derivedFrom naming a version the corpus does not hold links nothing.
    expect(show(corpusOf([plan('a-1', '2025-01-01', 'a', ['gone'])]))).toEqual([]);
  });

  it('grows with the number of versions, not with its square', () => {
    const count = (n: number) =>
      linkedPairs(corpusOf(Array.from({ length: n }, (_, i) => ({ ...makePlan(`v-${i}`, ['x'], 'one'), date: `2025-01-${String(i + 1).padStart(2, '0')}`, derivedFrom: i ? ['v-0'] : undefined })))).length;
    expect([count(5), count(10), count(20)]).toEqual([2 * (4 + 3), 2 * (9 + 8), 2 * (19 + 18)]);
  });
});
