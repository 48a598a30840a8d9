import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { composeRelations, directRelations } from '../lib/align/compose';
import { compareIds } from '../lib/compare/compare';
import { history } from '../lib/history/history';
import { historyCsv, historyMarkdown } from '../lib/export/history';
import { History as HistorySchema, type Plan, type RelationFile } from '../lib/schema';
import type { Corpus } from '../lib/corpus/corpus';
import { checkCorpusDir } from '../lib/node/load';
import { makePlan } from './helpers/gen';

/** A lineage of versions v0 -> v1 -> ... with a relation file between neighbours, kinds drawn at random. */
const KINDS = ['kept', 'reworded', 'changed', 'renumbered', 'dropped'] as const;
const lineageArb = fc
  .record({
    versions: fc.integer({ min: 3, max: 5 }),
    points: fc.integer({ min: 2, max: 5 }),
    kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 25, maxLength: 25 }),
  })
  .map(({ versions, points, kinds }): Corpus => {
    const plans: Plan[] = Array.from({ length: versions }, (_, v) => ({
      ...makePlan(`v${v}`, Array.from({ length: points }, (_, k) => `Provision ${k} in version ${v}.`)),
      date: `2025-01-${String(v + 1).padStart(2, '0')}`,
    }));
    let draw = 0;
    const relations: RelationFile[] = plans.slice(1).map((p, v) => ({
      from: plans[v]!.id,
      to: p.id,
      link: 'lineage',
      summary: 'generated',
      sources: [],
      relations: Array.from({ length: points }, (_, k) => {
        const kind = kinds[draw++ % kinds.length]!;
        return kind === 'dropped'
          ? { from: [k + 1], to: [], kind, status: 'known' as const, rationale: 'generated' }
          : { from: [k + 1], to: [k + 1], kind, status: 'known' as const, rationale: 'generated' };
      }),
    }));
    return { version: 't', versionDate: '2025-02-01', plans, relations, provisions: [], events: { sources: [], events: [] } as never, corrections: { entries: [] } as never };
  });

const pairsOf = (rs: { from: string[]; to: string[] }[]) => rs.flatMap((r) => r.from.flatMap((f) => r.to.map((t) => `${f}>${t}`))).sort();

describe('relations composed along the lineage (properties over generated lineages)', () => {
  it('are symmetric: (a, b) mirrors (b, a)', () => {
    fc.assert(
      fc.property(lineageArb, (corpus) => {
        const ids = corpus.plans.map((p) => p.id);
        for (const a of ids) for (const b of ids) {
          if (a === b) continue;
          const ab = pairsOf(composeRelations(corpus, a, b));
          const ba = pairsOf(composeRelations(corpus, b, a).map((r) => ({ from: r.to, to: r.from })));
          expect(ba).toEqual(ab);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never pair across a dropped link, and pair every point whose every link keeps it', () => {
    fc.assert(
      fc.property(lineageArb, (corpus) => {
        const [v0, , v2] = corpus.plans;
        const first = directRelations(corpus, v0!.id, 'v1')!;
        const second = directRelations(corpus, 'v1', v2!.id)!;
        const composed = pairsOf(composeRelations(corpus, v0!.id, v2!.id));
        for (const r of first) {
          const p = r.from[0]!;
          const next = second.find((x) => x.from[0] === p);
          const survives = r.kind !== 'dropped' && next && next.kind !== 'dropped';
          expect(composed.includes(`${p}>${p}`), `point ${p}: ${r.kind} then ${next?.kind}`).toBe(!!survives);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never override a direct relation: a pair with its own relation keeps it', () => {
    fc.assert(
      fc.property(lineageArb, (corpus) => {
        const c = compareIds(corpus, 'v0', 'v1');
        for (const row of c.rows) if (row.left.length) expect(row.basis, row.id).toBe('curated');
      }),
      { numRuns: 40 },
    );
  });
});

describe('provision histories', () => {
  const r = checkCorpusDir();
  if (!r.ok) throw new Error('corpus invalid');
  const corpus = r.corpus;
  const h = history(corpus, 'ukraine');

  it('are described by their schema, one cell per version and document, each point in at most one cell', () => {
    HistorySchema.parse(h);
    for (const p of h.provisions) {
      expect(p.cells.map((c) => c.version)).toEqual(h.versions.map((v) => v.id));
      const seen = p.cells.flatMap((c) => c.points.map((pt) => `${c.version}:${pt.ref}`));
      expect(new Set(seen).size, p.id).toBe(seen.length);
    }
  });

  it('follow the army cap from 600,000 through every version, with who reports each figure', () => {
    const army = h.provisions.find((p) => p.id === 'army-size')!;
    const cell = (v: string) => army.cells.find((c) => c.version === v)!;
    expect(cell('ukraine-28').points.map((p) => p.ref)).toEqual(['6']);
    expect(cell('e3-counter')).toMatchObject({ state: 'present', kind: 'changed', status: 'known' });
    expect(cell('geneva-19').points.map((p) => p.ref)).toEqual(['army-size']);
    expect(cell('us-ukraine-20').points.map((p) => p.ref)).toEqual(['4']);
    const figs = army.figures.filter((f) => ['ukraine-28', 'e3-counter', 'geneva-19', 'us-ukraine-20'].includes(f.version)).map((f) => `${f.version} ${f.value} ${f.status}`);
    expect(figs).toEqual(expect.arrayContaining(['ukraine-28 600000 known', 'e3-counter 800000 known', 'geneva-19 800000 reported', 'us-ukraine-20 800000 reported']));
    expect(army.figures.find((f) => f.version === 'us-ukraine-20')?.who).toMatch(/Zelensky/);
    expect(army.chartable).toBe(true);
  });

  it('say dropped where a relation says so, and not reported where nothing is said', () => {
    const amnesty = h.provisions.find((p) => p.id === 'amnesty')!;
    expect(amnesty.cells.find((c) => c.version === 'geneva-19')).toMatchObject({ state: 'dropped', status: 'reported' });
    expect(amnesty.cells.find((c) => c.version === 'e3-counter')!.state).toMatch(/^(not-public|not-reported)$/);
  });

  it('list the points no provision reaches, rather than guess', () => {
    expect(h.unplaced.length).toBeGreaterThan(0);
    const placed = new Set(h.provisions.flatMap((p) => p.cells.flatMap((c) => c.points.map((pt) => `${c.version}:${pt.ref}`))));
    for (const u of h.unplaced) expect(placed.has(`${u.version}:${u.ref}`)).toBe(false);
  });

  it('export as Markdown and CSV with a row per provision and version', () => {
    expect(historyMarkdown(h)).toContain('| Size of Ukraine');
    const lines = historyCsv(h).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^provision,title,version,/);
    expect(lines.filter((l) => l.startsWith('army-size,'))).toHaveLength(h.versions.length);
  });
});
