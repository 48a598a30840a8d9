import { describe, expect, it } from 'vitest';
import { compareIds } from '../lib/compare/compare';
import { toCsv, toJson, toMarkdown, citeRow, citeComparison, csvCell, CSV_COLUMNS, howFound, ORIGIN_WORD } from '../lib/export';
import { loadMini } from './helpers/corpus';
import { compare } from '../lib/compare/compare';
import { makePlan } from './helpers/gen';
import { parse } from 'csv-parse/sync';
import { checkCorpusDir } from '../lib/node/load';
import { pointText, permalink } from '../lib/export/common';
import { showDiff } from '../lib/diff/text-diff';
import type { Comparison, Row } from '../lib/schema';

function loadCorpus() {
  const r = checkCorpusDir(`${__dirname}/../plans`);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.corpus;
}

/** What each CSV column holds, by its meaning, before quoting; a cell a spreadsheet would run as a formula starts with '. */
function expectedCells(c: Comparison, r: Row): string[] {
  const guard = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    row_id: r.id,
    anchor: r.anchor,
    kind: r.kind,
    status: r.status,
    basis: r.basis,
    score: r.score == null ? '' : String(r.score),
    renumbered: String(r.renumbered),
    disagree: String(r.disagree),
    change: r.change?.statement ?? '',
    change_by: r.change?.statementBy ?? '',
    change_classes: r.change?.classes.join(' ') ?? '',
    how_found: howFound(r),
    left_plan: c.provenance.left.id,
    left_points: r.left.map((p) => p.ref).join('+'),
    left_text: r.left.map(pointText).join('\n'),
    left_wording: r.left.map((p) => p.wording ?? '').join('+'),
    right_plan: c.provenance.right.id,
    right_points: r.right.map((p) => p.ref).join('+'),
    right_text: r.right.map(pointText).join('\n'),
    right_wording: r.right.map((p) => p.wording ?? '').join('+'),
    diff: r.diff ? showDiff(r.diff.segments) : '',
    number_changes: (r.diff?.numbers ?? []).map((n) => `${n.from} -> ${n.to}`).join('; '),
    themes: r.themes.join(' '),
    rationale: r.rationale ?? '',
    claims: r.claims.map((cl) => `${cl.who} (${cl.outlet}, ${cl.date})${cl.stance ? ` [${cl.stance}]` : ''}: ${cl.said}`).join('\n'),
    sources: r.sources.map((s) => `${s.outlet}, ${s.published}, ${s.url}`).join('\n'),
    corpus_version: c.provenance.corpusVersion,
    permalink: permalink('https://plandiff.example', c, r) ?? '',
    left_origin: ORIGIN_WORD[c.provenance.left.origin],
    right_origin: ORIGIN_WORD[c.provenance.right.origin],
  };
  return CSV_COLUMNS.map((k) => guard(cells[k]));
}

/** A pair whose texts hold quotes, commas, line breaks (sub-items), a leading formula sign and a CR LF. */
function hardCsvComparison(): Comparison {
  const a = makePlan('csv-a', ['=SUM(A1) "quoted", with commas.', '-5 troops, then "more".', 'Plain text.', 'Another plain text.']);
  const b = makePlan('csv-b', ['=SUM(A1) "quoted", with commas and more.', '-5 troops, then "less".', 'Plain text.', 'Another plain text.']);
  // Sub-items put line breaks in a cell that holds no comma or quote: only the line break calls for quoting.
  const p = b.points[2]!;
  if (p.status === 'known') p.items = [{ label: 'a', text: 'a sub-item on its own line' }, { text: 'a bullet' }];
  const q = b.points[3]!;
  if (q.status === 'known') q.items = [{ text: 'a bullet with a CR LF\r\nin it' }];
  return compare(a, b, { corpusVersion: 'x', corpusDate: '2025-01-01' });
}

const c = compareIds(loadMini(), 'alpha-3', 'beta-3');
const row = (anchor: string) => c.rows.find((r) => r.anchor === anchor)!;

describe('exports', () => {
  it('Markdown: a header with provenance, the summary and one table row per aligned row', () => {
    const md = toMarkdown(c, 'https://plandiff.example');
    expect(md).toContain('# Alpha three-point test plan → Beta three-point test revision');
    expect(md).toContain('Alpha 3 → Beta 3: 1 edited: 1 in substance (reported, sources disagree), 1 dropped (reported), 1 not reported, 2 not public');
    expect(md).toContain('plandiff corpus version 2025.02.03');
    const tableRows = md.split('\n').filter((l) => l.startsWith('| [')); 
    expect(tableRows).toHaveLength(c.rows.length);
    expect(tableRows[2]).toContain('[p3](https://plandiff.example/compare/alpha-3/beta-3?v=2025.02.03#p3)');
    expect(tableRows[2]).toContain('dropped (reported)');
  });

  it('CSV: a header and one line per row with every column, quoted where needed', () => {
    const lines = toCsv(c).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[2]).toMatch(/^alpha-3:2~beta-3:army-size,p2,changed,reported,curated,,false,true,"figures: 600,000 personnel → reported 800,000",generated,,related by reading both texts and the sources,alpha-3,2,"The army is limited to 600,000 personnel\.",verbatim/);
  });

  it('CSV round-trips through an RFC 4180 parser: every export of the corpus, newlines, quotes and commas included', () => {
    const corpus = loadCorpus();
    const exports = corpus.plans.flatMap((a) => corpus.plans.filter((b) => b.id !== a.id).map((b) => compareIds(corpus, a.id, b.id)));
    const hard = hardCsvComparison();
    const seen = { newline: 0, 'newline alone': 0, quote: 0, comma: 0, formula: 0 };
    for (const cmp of [...exports, hard]) {
      const csv = toCsv(cmp, 'https://plandiff.example');
      // Any line break outside quotes ends a record, as in the spreadsheets that open these files.
      const records = parse(csv, { recordDelimiter: ['\r\n', '\n', '\r'], relaxColumnCount: false, relaxQuotes: false, skipEmptyLines: false }) as string[][];
      const label = `${cmp.provenance.left.id} -> ${cmp.provenance.right.id}`;
      expect(records.length, label).toBe(cmp.rows.length + 1);
      expect(records[0], label).toEqual([...CSV_COLUMNS]);
      cmp.rows.forEach((r, i) => {
        const want = expectedCells(cmp, r);
        expect(records[i + 1], `${label} row ${r.id}`).toEqual(want);
        for (const v of want) {
          if (v.includes('\n')) seen.newline++;
          if (/\n/.test(v) && !/[",\r]/.test(v)) seen['newline alone']++;
          if (v.includes('"')) seen.quote++;
          if (v.includes(',')) seen.comma++;
          if (v.startsWith("'")) seen.formula++;
        }
      });
    }
    // The corpus and the hand-made pair put every hard case through the parser.
    expect(Object.entries(seen).filter(([, n]) => n === 0)).toEqual([]);
  });

  it('Markdown makes data inert: no HTML, no broken cells, diff markers that close', () => {
    const a = makePlan('md-a', ['Cap <script>alert(1)</script> | at 600,000 *troops*.']);
    const b = makePlan('md-b', ['Cap <script>alert(1)</script> | at 800,000 *troops*.']);
    const md = toMarkdown(compare(a, b, { corpusVersion: 'x', corpusDate: '2025-01-01' }));
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt; \\| at');
    expect(md).toContain('~~600,000~~**800,000**');
    const row = md.split('\n').find((l) => l.startsWith('| [p1]'))!;
    // Every pipe in the data is escaped: the row has exactly the table's six column separators.
    expect(row.replace(/\\\|/g, '').split('|').length - 1).toBe(6);
  });

  it('CSV cells that a spreadsheet would run as formulas are neutralised', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  // Byte-identical across processes, time zones and locales: tests/compare.test.ts, "determinism".
  it('JSON is the engine output, pretty-printed, and the same on a second call', () => {
    expect(toJson(c)).toBe(toJson(compareIds(loadMini(), 'alpha-3', 'beta-3')));
    expect(JSON.parse(toJson(c)).rows).toHaveLength(c.rows.length);
  });

  it('a row citation says what changed, how sure, who says so, the corpus version and the permalink', () => {
    // One attributable sentence first, then how sure and who says so, sources and the permalink on their own lines.
    expect(citeRow(c, row('p3'), 'text', 'https://plandiff.example')).toBe(
      [
        'The Beta 3 reportedly drops point 3 of the Alpha 3 (point 3; reported by Test Wire, citing a named ambassador, 23 Jan 2025).',
        'Alpha three-point test plan, point 3 → Beta three-point test revision, —: dropped, reported.',
        'Claims: a named ambassador, Test Wire, said on 2025-01-23 [dropped].',
        'Sources: Test Wire, published 2025-01-23, https://example.org/three; Test Ministry, published 2025-01-10, https://example.org/alpha.',
        'plandiff corpus 2025.02.03, row alpha-3:3~beta-3:-: https://plandiff.example/compare/alpha-3/beta-3?v=2025.02.03#p3',
      ].join('\n'),
    );
    expect(citeRow(c, row('p2'), 'markdown', '')).toContain('sources disagree');
    expect(citeRow(c, row('p2'), 'markdown', '')).toContain('[Test Post, 2025-01-22](https://example.org/two)');
  });

  it('a comparison citation names both versions, the summary and the corpus version', () => {
    const t = citeComparison(c, 'text', 'https://plandiff.example');
    expect(t).toContain('Alpha three-point test plan (2025-01-10) → Beta three-point test revision (2025-01-20)');
    expect(t).toContain('Corpus version 2025.02.03');
    expect(t.endsWith('https://plandiff.example/compare/alpha-3/beta-3?v=2025.02.03')).toBe(true);
  });

  it('never presents a non-verbatim wording as the official text', () => {
    const plan = structuredClone(loadMini());
    const alpha = plan.plans.find((p) => p.id === 'alpha-3')!;
    const p1 = alpha.points[0]!;
    if (p1.status === 'known') p1.wording = { kind: 'back-translation', language: 'Russian', sources: ['alpha-doc'] };
    const md = toMarkdown(compareIds(plan, 'alpha-3', 'beta-3'));
    expect(md).toContain('The fighting stops on signature. \\[back-translation, not the official wording\\]');
  });
});
