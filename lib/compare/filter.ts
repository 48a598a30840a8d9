import { ROW_KINDS, STATUSES, THEMES, type Comparison, type Row, type RowKind, type Status, type Theme } from '../schema';
import { summarise } from './compare';

export type RowFilter = { kinds?: RowKind[]; statuses?: Status[]; themes?: Theme[]; changesOnly?: boolean };

/** Kinds that are not a change: hidden by the changes-only view. */
export const UNCHANGED_KINDS: RowKind[] = ['kept'];

export function rowMatches(r: Row, f: RowFilter): boolean {
  if (f.kinds?.length && !f.kinds.includes(r.kind)) return false;
  if (f.statuses?.length && !f.statuses.includes(r.status)) return false;
  if (f.themes?.length && !r.themes.some((t) => f.themes!.includes(t))) return false;
  if (f.changesOnly && (UNCHANGED_KINDS.includes(r.kind) || r.diff?.trivialOnly)) return false;
  return true;
}

/** The same comparison with fewer rows; the summary is recomputed and a note says what was filtered. */
export function filterComparison(c: Comparison, f: RowFilter): Comparison {
  const rows = c.rows.filter((r) => rowMatches(r, f));
  if (rows.length === c.rows.length) return c;
  const said = [
    f.kinds?.length ? `kind ${f.kinds.join(', ')}` : '',
    f.statuses?.length ? `status ${f.statuses.join(', ')}` : '',
    f.themes?.length ? `theme ${f.themes.join(', ')}` : '',
    f.changesOnly ? 'changes only' : '',
  ].filter(Boolean);
  return {
    ...c,
    provenance: {
      ...c.provenance,
      notes: [...c.provenance.notes, `Filtered (${said.join('; ')}): ${rows.length} of ${c.rows.length} rows shown.`],
      filter: Object.fromEntries(
        [
          ['kind', f.kinds?.join(',') ?? ''],
          ['status', f.statuses?.join(',') ?? ''],
          ['theme', f.themes?.join(',') ?? ''],
          ['view', f.changesOnly ? 'changes' : ''],
        ].filter(([, v]) => v),
      ),
    },
    summary: summarise(c.provenance.left.shortTitle, c.provenance.right.shortTitle, rows),
    rows,
  };
}

/** Parse a comma-separated list against a vocabulary; returns the bad values so callers can say what is wrong. */
export function parseList<T extends string>(raw: string | null | undefined, vocab: readonly T[]): { values: T[]; bad: string[] } {
  if (!raw) return { values: [], bad: [] };
  const parts = raw.split(',').map((s) => s.trim()).filter(Boolean);
  return { values: parts.filter((p): p is T => (vocab as readonly string[]).includes(p)), bad: parts.filter((p) => !(vocab as readonly string[]).includes(p)) };
}

export const VOCAB = { kinds: ROW_KINDS, statuses: STATUSES, themes: THEMES };
