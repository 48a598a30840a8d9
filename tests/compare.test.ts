import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compare, compareIds } from '../lib/compare/compare';
import { Comparison, pointRef } from '../lib/schema';
import { loadMini, showComparison } from './helpers/corpus';
import { makePlan, planArb } from './helpers/gen';

const CTX = { corpusVersion: 'test', corpusDate: '2025-01-01' };

describe('compare on the small corpus', () => {
  const corpus = loadMini();
  const c = compareIds(corpus, 'alpha-3', 'beta-3');

  it('shows curated rows, reported status, disagreement and unknown points as not reported', () => {
    expect(showComparison(c)).toBe(
      [
        'p1 not-reported/unknown [alpha-3:1 -> -]',
        'p2 changed/reported [alpha-3:2 -> beta-3:army-size] disagree',
        'p3 dropped/reported [alpha-3:3 -> -]',
        'r-unknown-01 not-reported/unknown [- -> beta-3:unknown-01]',
        'r-unknown-02 not-reported/unknown [- -> beta-3:unknown-02]',
      ].join('\n'),
    );
    expect(c.summary.text).toBe('Alpha 3 → Beta 3: 1 edited: 1 in substance (reported, sources disagree), 1 dropped (reported), 1 not reported, 2 not public');
  });

  it('keeps every disagreeing claim with its source', () => {
    const row = c.rows.find((r) => r.anchor === 'p2')!;
    expect(row.claims.filter((cl) => cl.about === 'point').map((cl) => [cl.stance, cl.outlet, cl.url])).toEqual([
      ['no cap', 'Test Times', 'https://example.org/one'],
      ['800,000', 'Test Post', 'https://example.org/two'],
    ]);
  });

  it('gives stable row ids derived from the data', () => {
    expect(c.rows.map((r) => r.id)).toEqual([
      'alpha-3:1~beta-3:-',
      'alpha-3:2~beta-3:army-size',
      'alpha-3:3~beta-3:-',
      'alpha-3:-~beta-3:unknown-01',
      'alpha-3:-~beta-3:unknown-02',
    ]);
  });

  it('says when two versions are not parent and child, and not when they are', () => {
    expect(c.provenance.notes.join(' ')).not.toContain('not parent and child');
    const a = makePlan('x', ['One point.']);
    const b = makePlan('y', ['One point.']);
    expect(compare(a, b, CTX).provenance.notes).toContain('These versions are not parent and child: changes may have come in any version between them.');
  });

  it('is described by its zod schema', () => {
    expect(Comparison.safeParse(c).success).toBe(true);
  });

  it('reads a relation file backwards when the sides are swapped', () => {
    const back = compareIds(corpus, 'beta-3', 'alpha-3');
    expect(back.rows.find((r) => r.id === 'beta-3:-~alpha-3:3')?.kind).toBe('added');
  });
});

describe('compare on hand-made plans', () => {
  it('recognises renumbered points and still word-diffs them', () => {
    const a = makePlan('a', ['Sanctions are lifted in stages.', 'The army is limited to 600,000 personnel.', 'Elections are held within 100 days.']);
    const b = makePlan('b', ['The army is limited to 800,000 personnel in peacetime.', 'Sanctions are lifted in stages.', 'Prisoners are exchanged all for all.']);
    expect(showComparison(compare(a, b, CTX))).toBe(
      [
        'p1 renumbered/known [a:1 -> b:2] score=1',
        'p2 changed/known [a:2 -> b:1] score=0.393 The army is limited to [-600,000-]{+800,000+} personnel{+ in peacetime+}.',
        'r3 added/known [- -> b:3]',
        'p3 dropped/known [a:3 -> -]',
      ].join('\n'),
    );
    const row = compare(a, b, CTX).rows[1]!;
    expect(row.renumbered).toBe(true);
    expect(row.diff?.numbers).toEqual([{ from: '600,000', to: '800,000' }]);
    // A change of figures and of when it applies is a change of substance, said in one line with its evidence.
    expect(row.change?.kind).toBe('substantive');
    expect(row.change?.classes).toEqual(['figure', 'condition']);
    expect(row.change?.statement).toBe('600,000 personnel → 800,000 personnel; adds “in peacetime”');
    expect(row.change?.statementBy).toBe('generated');
    // Each text is the other's clear best match; the score is explained in words.
    expect(row.evidence?.method).toBe('mutual');
    expect(row.evidence?.text).toContain('similarity 39 of 100');
  });
});

/** Each point of a and b, by reference, must appear in exactly one row. */
function coverage(c: ReturnType<typeof compare>) {
  const left = c.rows.flatMap((r) => r.left.map((p) => p.ref));
  const right = c.rows.flatMap((r) => r.right.map((p) => p.ref));
  return { left: [...left].sort(), right: [...right].sort() };
}

describe('compare properties', () => {
  it('compare(a, a) is all kept, points not public included, each row keeping its point\'s status', () => {
    fc.assert(
      fc.property(planArb('a', { allowUnknown: true }), (a) => {
        const c = compare(a, a, CTX);
        expect(c.rows).toHaveLength(a.points.length);
        expect(c.rows.every((r) => r.kind === 'kept' && r.left.length === 1 && r.left[0]!.ref === r.right[0]!.ref && r.status === r.left[0]!.status)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('an edited copy under the same id is compared as another version, not as the same one', () => {
    const a = makePlan('a', ['army cap troops border ceasefire.', 'amnesty prisoners sanctions assets fund.', null]);
    const b = structuredClone(a);
    (b.points[1] as { text: string }).text = 'amnesty prisoners sanctions assets fund council guarantee.';
    const c = compare(a, b, CTX);
    expect(c.provenance.notes).not.toContain('Both sides are the same version.');
    expect(c.rows.map((r) => [r.kind, r.left[0]?.ref ?? null, r.right[0]?.ref ?? null])).toEqual([
      ['kept', '1', '1'],
      ['reworded', '2', '2'],
      ['not-reported', null, '3'],
      ['not-reported', '3', null],
    ]);
    const same = compare(a, structuredClone(a), CTX);
    expect(same.provenance.notes).toContain('Both sides are the same version.');
    expect(same.rows.map((r) => r.kind)).toEqual(['kept', 'kept', 'kept']);
  });

  it('every point of a and b appears in exactly one row', () => {
    fc.assert(
      fc.property(planArb('a', { allowUnknown: true }), planArb('b', { allowUnknown: true }), (a, b) => {
        const cv = coverage(compare(a, b, CTX));
        expect(cv.left).toEqual(a.points.map(pointRef).sort());
        expect(cv.right).toEqual(b.points.map(pointRef).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('compare(b, a) mirrors compare(a, b)', () => {
    const mirror: Record<string, string> = { dropped: 'added', added: 'dropped', merged: 'split', split: 'merged' };
    fc.assert(
      fc.property(planArb('a', { allowUnknown: true }), planArb('b', { allowUnknown: true }), (a, b) => {
        const ab = compare(a, b, CTX);
        const ba = compare(b, a, CTX);
        const key = (l: string[], r: string[]) => `${l.join('+')}|${r.join('+')}`;
        const fwd = new Map(ab.rows.map((r) => [key(r.left.map((p) => p.ref), r.right.map((p) => p.ref)), r]));
        expect(ba.rows.length).toBe(ab.rows.length);
        for (const r of ba.rows) {
          const m = fwd.get(key(r.right.map((p) => p.ref), r.left.map((p) => p.ref)));
          expect(m, `no mirror for ${r.id}`).toBeDefined();
          expect(r.kind).toBe(mirror[m!.kind] ?? m!.kind);
          expect(r.status).toBe(m!.status);
          expect(r.score).toBe(m!.score);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same inputs give byte-identical output', () => {
    fc.assert(
      fc.property(planArb('a', { allowUnknown: true }), planArb('b'), (a, b) => {
        expect(JSON.stringify(compare(a, b, CTX))).toBe(JSON.stringify(compare(structuredClone(a), structuredClone(b), CTX)));
      }),
      { numRuns: 200 },
    );
  });

  it('never pairs an unknown point by guesswork', () => {
    fc.assert(
      fc.property(planArb('a', { allowUnknown: true }), planArb('b', { allowUnknown: true }), (a, b) => {
        for (const r of compare(a, b, CTX).rows) {
          if ([...r.left, ...r.right].some((p) => p.status === 'unknown')) {
            expect(r.left.length + r.right.length).toBe(1);
            expect(r.status).toBe('unknown');
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('review findings, kept fixed', () => {
  it('a reported point with no counterpart is not reported, never dropped, even against a fully known version', () => {
    const a = makePlan('a', ['Ukraine army capped at 600,000 troops.', 'Elections follow.']);
    a.points[0] = { n: 1, status: 'reported', themes: [], summary: 'A cap is reported.', claims: [{ source: 'doc', who: 'x', date: '2025-01-01', said: 'cap' }] };
    const b = makePlan('b', ['Ukraine army capped at 600,000 troops.', 'Elections follow.']);
    for (const c of [compare(a, b, CTX), compare(b, a, CTX)]) {
      expect(c.rows.filter((r) => r.kind === 'dropped' || r.kind === 'added')).toEqual([]);
    }
  });

  it('the summary names every status, unknown included', () => {
    const c = compareIds(loadMini(), 'alpha-3', 'beta-3');
    expect(c.summary.text).toContain('1 not reported');
    const b = makePlan('x', [null, 'A.']);
    const a = makePlan('y', ['B.', 'A.']);
    expect(compare(a, b, CTX).summary.text).toContain('not public');
    expect(compare(b, a, CTX).summary.text).toContain('not public');
  });

  it('ties pair the same way in both directions (duplicate texts)', () => {
    const a = makePlan('a', ['ceasefire army army.', 'ceasefire army army.', 'cap army ceasefire.']);
    const b = makePlan('b', ['cap troops army.', 'fund ceasefire.', 'army army fund.', 'cap fund.']);
    const pairs = (c: ReturnType<typeof compare>, flip: boolean) =>
      c.rows.filter((r) => r.left.length && r.right.length).map((r) => (flip ? `${r.right[0]!.ref}-${r.left[0]!.ref}` : `${r.left[0]!.ref}-${r.right[0]!.ref}`)).sort();
    expect(pairs(compare(b, a, CTX), true)).toEqual(pairs(compare(a, b, CTX), false));
  });

  it('a relation naming a point the plan lacks is not applied', () => {
    const corpus = loadMini();
    const alpha = structuredClone(corpus.plans.find((p) => p.id === 'alpha-3')!);
    alpha.points = alpha.points.filter((p) => p.n !== 3);
    const c = compare(alpha, corpus.plans.find((p) => p.id === 'beta-3')!, { ...CTX, relations: { file: corpus.relations[0]!, reversed: false } });
    expect(c.rows.every((r) => r.left.length + r.right.length > 0)).toBe(true);
  });
});
