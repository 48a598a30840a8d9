import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compare, compareIds } from '../lib/compare/compare';
import { Comparison, pointRef, ROW_KINDS, STATUSES, type Row, type RowKind, type Status } from '../lib/schema';
import { checkCorpus } from '../lib/corpus/check';
import { loadMini, showComparison } from './helpers/corpus';
import { editedPairArb, GEN_TODAY, makePlan, pairContext, pairFiles, planArb } from './helpers/gen';
import { renderPair } from './helpers/render';

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

const MIRROR: Record<string, string> = { dropped: 'added', added: 'dropped', merged: 'split', split: 'merged' };

/** compare(b, a) has one row for each row of compare(a, b), sides swapped, kinds mirrored, same status and score. */
function expectMirror(ab: Comparison, ba: Comparison) {
  const key = (l: string[], r: string[]) => `${l.join('+')}|${r.join('+')}`;
  const fwd = new Map(ab.rows.map((r) => [key(r.left.map((p) => p.ref), r.right.map((p) => p.ref)), r]));
  expect(ba.rows.length).toBe(ab.rows.length);
  for (const r of ba.rows) {
    const m = fwd.get(key(r.right.map((p) => p.ref), r.left.map((p) => p.ref)));
    expect(m, `no mirror for ${r.id}`).toBeDefined();
    expect(r.kind).toBe(MIRROR[m!.kind] ?? m!.kind);
    expect(r.status).toBe(m!.status);
    expect(r.basis).toBe(m!.basis);
    expect(r.score).toBe(m!.score);
    expect(r.disagree).toBe(m!.disagree);
  }
}

describe('compare properties', () => {
  it('compare(a, a), the same document on both sides: every point kept, points not public included, each row keeping its status', () => {
    fc.assert(
      fc.property(planArb('a', { allowUnknown: true }), (a) => {
        const c = compare(a, a, CTX);
        expect(c.rows).toHaveLength(a.points.length);
        expect(c.rows.every((r) => r.kind === 'kept' && r.left.length === 1 && r.left[0]!.ref === r.right[0]!.ref && r.status === r.left[0]!.status)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a copy of a version under another id goes through the matching passes: every known point is an exact match, kept with score 1', () => {
    fc.assert(
      fc.property(editedPairArb, ({ a }) => {
        const copy = { ...structuredClone(a), id: 'copy-of-a' };
        const c = compare(a, copy, CTX);
        expect(c.provenance.notes).not.toContain('Both sides are the same version.');
        for (const p of a.points) {
          const row = c.rows.find((r) => r.left.some((x) => x.ref === pointRef(p)))!;
          if (p.status === 'known') {
            expect([row.kind, row.basis, row.score, row.right.map((x) => x.ref)]).toEqual(['kept', 'computed', 1, [pointRef(p)]]);
          } else if (p.status === 'reported') {
            // A reported summary is evidence, never enough for a sure pair: at most a possible match, reported.
            expect(row.kind === 'possible' ? [row.kind, row.status] : [row.kind, row.status, row.right], pointRef(p)).toEqual(row.kind === 'possible' ? ['possible', 'reported'] : ['not-reported', 'unknown', []]);
          } else {
            // Across two versions an unknown point is never paired by its number alone.
            expect([row.kind, row.status, row.right]).toEqual(['not-reported', 'unknown', []]);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every point of a and b appears in exactly one row (independent plans and edited pairs, both directions)', () => {
    fc.assert(
      fc.property(planArb('a', { allowUnknown: true }), planArb('b', { allowUnknown: true }), (a, b) => {
        const cv = coverage(compare(a, b, CTX));
        expect(cv.left).toEqual(a.points.map(pointRef).sort());
        expect(cv.right).toEqual(b.points.map(pointRef).sort());
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(editedPairArb, (p) => {
        for (const [x, y, c] of [[p.a, p.b, compare(p.a, p.b, pairContext(p))], [p.b, p.a, compare(p.b, p.a, pairContext(p, true))]] as const) {
          const cv = coverage(c);
          expect(cv.left, p.how.join(' ')).toEqual(x.points.map(pointRef).sort());
          expect(cv.right, p.how.join(' ')).toEqual(y.points.map(pointRef).sort());
        }
      }),
      { numRuns: 300 },
    );
  });

  it('compare(b, a) mirrors compare(a, b), curated relations read backwards included', () => {
    fc.assert(
      fc.property(planArb('a', { allowUnknown: true }), planArb('b', { allowUnknown: true }), (a, b) => expectMirror(compare(a, b, CTX), compare(b, a, CTX))),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(editedPairArb, (p) => expectMirror(compare(p.a, p.b, pairContext(p)), compare(p.b, p.a, pairContext(p, true)))),
      { numRuns: 300 },
    );
  });

  it('never pairs an unknown point by guesswork: only a curated relation puts it in a row with another point', () => {
    fc.assert(
      fc.property(editedPairArb, (p) => {
        for (const c of [compare(p.a, p.b, pairContext(p)), compare(p.b, p.a, pairContext(p, true))]) {
          for (const r of c.rows) {
            if (![...r.left, ...r.right].some((x) => x.status === 'unknown')) continue;
            expect(r.status).toBe('unknown');
            if (r.basis !== 'curated') expect(r.left.length + r.right.length).toBe(1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * What the engine can produce from generated inputs, by basis. Kinds a basis cannot produce, and why:
 * - computed: the aligner's pairs of known texts (kept / renumbered for the same text; reworded or changed, as the
 *   classifier reads the edit; merged / split where several points together match one), and possible matches (which
 *   may hold a reported point). Never across conflicts: analogies are curated only.
 * - inferred: what is left over: dropped, added, not reported, unpaired (a plausible candidate exists), not
 *   addressed (a related document), unmatched (two conflicts). `kept` with basis inferred comes only from a version
 *   compared with itself (tested above). Not in the excerpt needs a pasted excerpt, which generated pairs never are.
 * - curated: every relation kind; a curated kept / reworded becomes changed when the classifier finds substance.
 * - composed: needs a third version in a corpus; a generated pair has two (composition has its own tests).
 * Statuses: a computed pair holds two known texts (known); a possible match may hold a reported point; a leftover is
 * known (dropped, added, unpaired, unmatched against a fully known version) or unknown (not reported).
 */
const REACHABLE: Record<Row['basis'], { kinds: RowKind[]; statuses: Status[] }> = {
  computed: { kinds: ['kept', 'renumbered', 'reworded', 'changed', 'merged', 'split', 'possible'], statuses: ['known', 'reported'] },
  inferred: { kinds: ['dropped', 'added', 'not-reported', 'unmatched', 'unpaired', 'not-addressed'], statuses: ['known', 'reported', 'unknown'] },
  curated: { kinds: ROW_KINDS.filter((k) => !['not-reported', 'unmatched', 'linked', 'possible', 'unpaired', 'not-in-excerpt', 'not-addressed'].includes(k)), statuses: [...STATUSES] },
  composed: { kinds: [], statuses: [] },
};
/** Kinds no generated pair can reach (see above), so the coverage check does not ask for them. */
const UNREACHABLE: RowKind[] = ['linked', 'not-in-excerpt'];

describe('determinism', () => {
  it('the same inputs give byte-identical JSON, CSV, Markdown and citations in another process, time zone and locale', () => {
    const seed = Math.floor(Math.random() * 2 ** 31);
    const pairs = fc.sample(editedPairArb, { numRuns: 60, seed });
    const here = pairs.map(renderPair);
    const dir = mkdtempSync(join(tmpdir(), 'plandiff-det-'));
    writeFileSync(join(dir, 'pairs.json'), JSON.stringify(pairs));
    const worker = join(__dirname, 'helpers', 'render-worker.ts');
    // Another process, another time zone and a locale whose collation and case rules differ from English.
    for (const env of [{ TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }, { TZ: 'America/Los_Angeles', LANG: 'C', LC_ALL: 'C' }]) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', worker, join(dir, 'pairs.json')], { cwd: join(__dirname, '..'), env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 << 20 });
      expect(r.status, r.stderr).toBe(0);
      const there = JSON.parse(r.stdout) as string[][];
      there.forEach((outs, i) => expect(outs, `pair ${i} of seed ${seed} under ${env.TZ}, ${env.LANG}`).toEqual(here[i]));
    }
    // And within this process, on copies of the inputs (no state kept between calls, inputs not mutated).
    const again = pairs.map((p) => renderPair(structuredClone(p)));
    expect(again).toEqual(here);
    expect(JSON.stringify(pairs)).toBe(readFileSync(join(dir, 'pairs.json'), 'utf8'));
  });
});

describe('edited pairs reach the hard cases', () => {
  it('every row obeys the invariants of its basis, and the sampled rows cover every row kind, status and basis', () => {
    const seen = new Set<string>();
    const flags = new Set<string>();
    fc.assert(
      fc.property(editedPairArb, (p) => {
        for (const [x, y, c] of [[p.a, p.b, compare(p.a, p.b, pairContext(p))], [p.b, p.a, compare(p.b, p.a, pairContext(p, true))]] as const) {
          const fullyKnown = (plan: typeof x) => plan.points.every((q) => q.status === 'known');
          const pointOf = (plan: typeof x, ref: string) => plan.points.find((q) => pointRef(q) === ref)!;
          for (const r of c.rows) {
            const why = `${r.id} ${r.kind}/${r.basis}/${r.status}: ${p.how.join(' ')}`;
            seen.add(`${r.basis}/${r.kind}`).add(`status ${r.status}`).add(`kind ${r.kind}`);
            expect(REACHABLE[r.basis].kinds, why).toContain(r.kind);
            expect(REACHABLE[r.basis].statuses, why).toContain(r.status);
            if (r.basis === 'computed') {
              // A pair made by the engine is scored and explained; a sure pair holds known texts only (one a side, or
              // several on one side for a merge or a split); a possible match holds one point a side.
              expect(r.score, why).toBeGreaterThanOrEqual(c.provenance.align.possible);
              expect(r.evidence?.text, why).toBeTruthy();
              expect(x.conflict, why).toBe(y.conflict);
              if (r.kind === 'merged' || r.kind === 'split') expect(Math.max(r.left.length, r.right.length), why).toBeGreaterThan(1);
              else expect([r.left.length, r.right.length], why).toEqual([1, 1]);
              if (r.kind !== 'possible') expect([...r.left, ...r.right].every((q) => q.status === 'known'), why).toBe(true);
              const [l, rt] = [pointOf(x, r.left[0]!.ref), pointOf(y, r.right[0]!.ref)];
              if (r.kind === 'kept' || r.kind === 'renumbered') {
                expect(l.status === 'known' && rt.status === 'known' && l.text === rt.text, why).toBe(true);
                expect(r.kind === 'renumbered', why).toBe(l.n !== rt.n);
              }
              if (r.kind === 'reworded' || r.kind === 'changed') expect(l.status === 'known' && rt.status === 'known' && l.text !== rt.text, why).toBe(true);
              if (r.kind === 'changed') expect(r.change?.kind, why).toBe('substantive');
            }
            // A false "dropped" is the worst error: only a known point, against a fully known version.
            if (r.kind === 'dropped' && r.basis === 'inferred') expect(r.left[0]!.status === 'known' && fullyKnown(y), why).toBe(true);
            if (r.kind === 'added' && r.basis === 'inferred') expect(r.right[0]!.status === 'known' && fullyKnown(x), why).toBe(true);
            if (r.renumbered) flags.add('renumbered flag');
            if (r.disagree) flags.add(`disagree (${r.claims.some((cl) => cl.about === 'relation') ? 'relation' : 'point'} claims)`);
            if (r.diff?.numbers.length) flags.add('number change');
            if (r.diff?.trivialOnly) flags.add('typography only');
            if ([...r.left, ...r.right].some((q) => q.n == null)) flags.add('unnumbered keyed point');
            if (r.basis === 'computed' && r.score === 1) flags.add('exact match');
          }
        }
      }),
      { numRuns: 400 },
    );
    // The generator never splits a point into bullets, so the aligner's unions (merged, split) are left to
    // tests/align.test.ts.
    const notGenerated = ['computed/merged', 'computed/split'];
    const expected = [
      ...ROW_KINDS.filter((k) => !UNREACHABLE.includes(k)).map((k) => `kind ${k}`),
      ...STATUSES.map((s) => `status ${s}`),
      ...Object.entries(REACHABLE).flatMap(([basis, { kinds }]) => kinds.map((k) => `${basis}/${k}`)),
    ].filter((e) => !notGenerated.includes(e));
    expect(expected.filter((e) => !seen.has(e))).toEqual([]);
    expect([...flags].sort()).toEqual(['disagree (point claims)', 'disagree (relation claims)', 'exact match', 'number change', 'renumbered flag', 'typography only', 'unnumbered keyed point']);
  });

  it('generated pairs are valid corpora: the corpus check accepts both versions and their relation file', () => {
    fc.assert(
      fc.property(editedPairArb, (p) => {
        const r = checkCorpus(pairFiles(p), GEN_TODAY, { archives: false });
        expect(r.ok ? [] : r.issues.map((i) => `${i.file} ${i.where ?? ''} ${i.message}`), p.how.join(' ')).toEqual([]);
      }),
      { numRuns: 200 },
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
