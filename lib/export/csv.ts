import type { Comparison } from '../schema';
import { ORIGIN_WORD, howFound, permalink, pointText } from './common';
import { showDiff } from '../diff/text-diff';

/** RFC 4180 quoting; a cell that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function csvCell(v: string | number | boolean | null): string {
  let s = v == null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'row_id', 'anchor', 'kind', 'status', 'basis', 'score', 'renumbered', 'disagree', 'change', 'change_by', 'change_classes', 'how_found',
  'left_plan', 'left_points', 'left_text', 'left_wording',
  'right_plan', 'right_points', 'right_text', 'right_wording',
  'diff', 'number_changes', 'themes', 'rationale', 'claims', 'sources', 'corpus_version', 'permalink',
  'left_origin', 'right_origin',
] as const;

/**
 * One line per row, every column always present, so the file loads into any spreadsheet or dataframe. A side from a
 * file or a paste says so in its origin column, and the row has no permalink.
 */
export function toCsv(c: Comparison, base = ''): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of c.rows) {
    const vals: (string | number | boolean | null)[] = [
      r.id, r.anchor, r.kind, r.status, r.basis, r.score, r.renumbered, r.disagree,
      r.change?.statement ?? '', r.change?.statementBy ?? '', r.change?.classes.join(' ') ?? '', howFound(r),
      c.provenance.left.id, r.left.map((p) => p.ref).join('+'), r.left.map(pointText).join('\n'), r.left.map((p) => p.wording ?? '').join('+'),
      c.provenance.right.id, r.right.map((p) => p.ref).join('+'), r.right.map(pointText).join('\n'), r.right.map((p) => p.wording ?? '').join('+'),
      r.diff ? showDiff(r.diff.segments) : '', r.diff?.numbers.map((n) => `${n.from} -> ${n.to}`).join('; ') ?? '',
      r.themes.join(' '), r.rationale,
      r.claims.map((cl) => `${cl.who} (${cl.outlet}, ${cl.date})${cl.stance ? ` [${cl.stance}]` : ''}: ${cl.said}`).join('\n'),
      r.sources.map((s) => `${s.outlet}, ${s.published}, ${s.url}`).join('\n'),
      // The corpus version is left empty when neither side is from the corpus; the origin columns say which side is.
      c.provenance.left.origin === 'corpus' || c.provenance.right.origin === 'corpus' ? c.provenance.corpusVersion : '', permalink(base, c, r),
      ORIGIN_WORD[c.provenance.left.origin], ORIGIN_WORD[c.provenance.right.origin],
    ];
    lines.push(vals.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
