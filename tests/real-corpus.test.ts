import { describe, expect, it } from 'vitest';
import { checkCorpusDir } from '../lib/node/load';
import { compareIds } from '../lib/compare/compare';
import { getPlan, type Corpus } from '../lib/corpus/corpus';
import { PRIMARY_KINDS } from '../lib/schema';
import { citeRow } from '../lib/export/citation';
import { substanceWarnings } from '../lib/corpus/substance';

function load(): Corpus {
  const r = checkCorpusDir(`${__dirname}/../plans`);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.file}: ${i.where ?? ''} ${i.message}`).join('\n'));
  return r.corpus;
}

describe('the bundled corpus', () => {
  const corpus = load();

  it('holds the three plans with their declared counts and statuses', () => {
    const gaza = getPlan(corpus, 'gaza-20')!;
    const ua = getPlan(corpus, 'ukraine-28')!;
    const geneva = getPlan(corpus, 'geneva-19')!;
    expect(gaza.points).toHaveLength(20);
    expect(gaza.points.every((p) => p.status === 'known')).toBe(true);
    expect(ua.points).toHaveLength(28);
    expect(ua.points.every((p) => p.status === 'known')).toBe(true);
    expect(geneva.points).toHaveLength(19);
    expect(geneva.points.some((p) => p.status === 'known')).toBe(false);
    expect(geneva.points.filter((p) => p.status === 'reported').length).toBeGreaterThan(0);
  });

  it('each version compared with itself keeps every point, reported and not public ones as well', () => {
    for (const plan of corpus.plans) {
      const c = compareIds(corpus, plan.id, plan.id);
      expect(c.rows.map((r) => [r.kind, r.left[0]?.ref, r.right[0]?.ref, r.status])).toEqual(plan.points.map((p) => ['kept', String(p.n ?? p.key), String(p.n ?? p.key), p.status]));
      // Each claim is listed once, not once per side.
      expect(c.rows.map((r) => r.claims.length)).toEqual(plan.points.map((p) => (p.status === 'reported' ? p.claims.length : 0)));
      expect(c.rows.every((r) => r.basis === 'inferred' && r.score === null)).toBe(true);
    }
  });

  it('cites a leaked document for every known Ukraine point and an official one for every Gaza point', () => {
    for (const [id, kind] of [['gaza-20', 'official-document'], ['ukraine-28', 'leaked-document']] as const) {
      const plan = getPlan(corpus, id)!;
      for (const p of plan.points) {
        if (p.status !== 'known') continue;
        const kinds = p.sources.map((s) => plan.sources.find((x) => x.id === s)!.kind);
        expect(kinds.some((k) => PRIMARY_KINDS.includes(k)), `${id} point ${p.n}`).toBe(true);
        expect(kinds).toContain(kind);
      }
    }
  });

  it('ukraine-28 vs geneva-19: the amnesty point is dropped (reported) with its source', () => {
    const c = compareIds(corpus, 'ukraine-28', 'geneva-19');
    const row = c.rows.find((r) => r.left.some((p) => p.n === 26))!;
    expect(row.kind).toBe('dropped');
    expect(row.status).toBe('reported');
    expect(row.claims.length).toBeGreaterThan(0);
    expect(row.sources.some((s) => s.kind !== 'leaked-document' && /^https?:\/\//.test(s.url))).toBe(true);
  });

  it('ukraine-28 vs geneva-19: the army cap is reported and shows both disagreeing claims', () => {
    const c = compareIds(corpus, 'ukraine-28', 'geneva-19');
    const row = c.rows.find((r) => r.left.some((p) => p.n === 6))!;
    expect(row.status).toBe('reported');
    expect(row.disagree).toBe(true);
    expect(row.stances.some((s) => s.includes('800,000'))).toBe(true);
    expect(row.stances.some((s) => /no cap|remains|off the table/.test(s))).toBe(true);
  });

  it('gaza-20 vs ukraine-28: the Board of Peace pairs with the Peace Council as analogous', () => {
    const c = compareIds(corpus, 'gaza-20', 'ukraine-28');
    const row = c.rows.find((r) => r.left.some((p) => p.n === 9) && r.right.some((p) => p.n === 27))!;
    expect(row.kind).toBe('analogous');
    expect(row.basis).toBe('curated');
  });

  it('never shows a point of a plan whose text is not public as dropped without a source', () => {
    const c = compareIds(corpus, 'ukraine-28', 'geneva-19');
    for (const r of c.rows.filter((r) => r.kind === 'dropped')) expect(r.claims.length).toBeGreaterThan(0);
  });
});

describe('plans/SOURCES.md', () => {
  it('is the current output of `plandiff sources`', async () => {
    const { sourcesReport } = await import('../lib/export/sources');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(`${__dirname}/../plans/SOURCES.md`, 'utf8')).toBe(sourcesReport(load()));
  });
});

describe('what changed, said as a reporter would cite it', () => {
  const corpus = (() => {
    const r = checkCorpusDir(`${__dirname}/../plans`);
    if (!r.ok) throw new Error('corpus invalid');
    return r.corpus;
  })();

  it('the E3 army row is a change of substance with its evidence, and its citation is one attributable sentence first', () => {
    const c = compareIds(corpus, 'ukraine-28', 'e3-counter');
    const army = c.rows.find((r) => r.anchor === 'p6')!;
    expect(army.kind).toBe('changed');
    expect(army.change?.kind).toBe('substantive');
    expect(army.change?.classes).toEqual(expect.arrayContaining(['figure', 'condition']));
    expect(army.change?.evidence.find((e) => e.class === 'figure')).toMatchObject({ before: '600,000 personnel', after: '800,000' });
    const cite = citeRow(c, army, 'text', 'https://plandiff.example').split('\n');
    expect(cite[0]).toMatch(/^The E3 counter-proposal raises the peacetime cap on Ukraine's army from 600,000 to 800,000 \(point 6; text published by .+, 2\d Nov 2025\)\.$/);
    expect(cite.at(-1)).toBe(`plandiff corpus ${corpus.version}, row ukraine-28:6~e3-counter:6: https://plandiff.example/compare/ukraine-28/e3-counter?v=${corpus.version}#p6`);
  });

  it('the E3 rows for the NATO bar, frozen assets and territory are changes of substance too', () => {
    const c = compareIds(corpus, 'ukraine-28', 'e3-counter');
    for (const a of ['p7', 'p14', 'p21']) expect(c.rows.find((r) => r.anchor === a)!.kind, a).toBe('changed');
    expect(c.summary.text).toMatch(/\d+ edited: \d+ in substance/);
  });

  it('the December framework army row shows the figures each side holds, the reported one with who says it', () => {
    const c = compareIds(corpus, 'ukraine-28', 'us-ukraine-20');
    const army = c.rows.find((r) => r.anchor === 'p6')!;
    const figs = army.change!.figures;
    expect(figs.find((f) => f.side === 'left')).toMatchObject({ figure: '600,000 personnel', status: 'known' });
    expect(figs.filter((f) => f.side === 'right' && f.status === 'reported').map((f) => f.who)).toContain('Volodymyr Zelensky, President of Ukraine (briefing to journalists in Kyiv)');
  });

  it('relations compose along the lineage: Geneva and the December framework meet through the 28-point plan', () => {
    const c = compareIds(corpus, 'geneva-19', 'us-ukraine-20');
    const army = c.rows.find((r) => r.left.some((p) => p.ref === 'army-size'))!;
    expect(army.right.map((p) => p.ref)).toEqual(['4']);
    expect(army.basis).toBe('composed');
    // Each changed the 28-point plan's cap in its own way: one provision, what changed between them not established.
    expect(army.kind).toBe('linked');
    expect(army.via).toEqual(['ukraine-28']);
    expect(army.status).toBe('reported');
    const territory = c.rows.find((r) => r.left.some((p) => p.ref === 'territory'))!;
    expect(territory.right.map((p) => p.ref)).toEqual(['14']);
    expect(territory.via).toEqual(['ukraine-28']);
  });

  it('a resolution endorses points of the plan; it is never shown as a version that dropped the rest', () => {
    const c = compareIds(corpus, 'gaza-20', 'unsc-2803');
    expect(c.rows.some((r) => r.kind === 'endorses')).toBe(true);
    expect(c.rows.some((r) => r.kind === 'dropped' || r.kind === 'added')).toBe(false);
    expect(c.rows.filter((r) => r.kind === 'not-addressed').length).toBeGreaterThan(0);
  });

  it('no relation calls a change of substance a rewording', () => {
    expect(substanceWarnings(corpus)).toEqual([]);
  });
});
