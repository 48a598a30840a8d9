import { ROW_KINDS, STATUSES, type Comparison, type Row, type RowKind, type Status } from '../schema';

export const KIND_LABEL: Record<RowKind, string> = {
  kept: 'kept',
  reworded: 'reworded',
  changed: 'changed',
  renumbered: 'renumbered',
  merged: 'merged',
  split: 'split',
  dropped: 'dropped',
  added: 'added',
  bracketed: 'left open',
  moved: 'moved elsewhere',
  analogous: 'analogous',
  endorses: 'endorsed',
  implements: 'implemented',
  elaborates: 'elaborated',
  supersedes: 'superseded',
  linked: 'same provision',
  possible: 'possible match: check',
  unpaired: 'no sure match',
  'not-in-excerpt': 'not in the excerpt',
  'not-reported': 'not reported',
  'not-addressed': 'not addressed',
  unmatched: 'no counterpart',
};

/** Rows that are not a change a reader would step to: nothing changed, or nothing is known of a change. */
export const NOT_A_CHANGE: RowKind[] = ['kept', 'not-reported', 'unmatched', 'not-in-excerpt', 'not-addressed', 'endorses', 'implements', 'elaborates', 'supersedes'];

/** A row is a change a reader steps to: not kept, not a placeholder, not typography only. Possible matches count: they need a look. */
export const isChange = (r: Row) => !NOT_A_CHANGE.includes(r.kind) && !r.diff?.trivialOnly && r.change?.kind !== 'typographic';

/** Rows a placeholder stands for: a point nothing is known of (not public), or whose fate no source reports. */
export const isPlaceholder = (r: Row) => r.kind === 'not-reported' || r.kind === 'not-in-excerpt' || r.kind === 'not-addressed';

export function summarise(leftShort: string, rightShort: string, rows: Row[]): Comparison['summary'] {
  const byKind: Record<string, number> = {};
  const byStatus: Record<Status, number> = { known: 0, reported: 0, unknown: 0 };
  for (const r of rows) {
    byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
    byStatus[r.status]++;
  }
  const statusNote = (rs: Row[]) => {
    const sts = STATUSES.filter((s) => rs.some((r) => r.status === s));
    const extra = [...sts, ...(rs.some((r) => r.disagree) ? ['sources disagree'] : [])];
    return extra.length ? ` (${extra.join(', ')})` : '';
  };
  const parts: string[] = [];
  // Edits first: how many changed in substance, how many only in their words, how many only in typography.
  const edited = rows.filter((r) => r.kind === 'changed' || r.kind === 'reworded');
  if (edited.length) {
    const substance = edited.filter((r) => r.kind === 'changed');
    const typo = edited.filter((r) => r.kind === 'reworded' && (r.diff?.trivialOnly || r.change?.kind === 'typographic'));
    const words = edited.filter((r) => r.kind === 'reworded' && !typo.includes(r));
    const bits = [
      substance.length ? `${substance.length} in substance${statusNote(substance)}` : '',
      words.length ? `${words.length} reworded${statusNote(words)}` : '',
      typo.length ? `${typo.length} typography only` : '',
    ].filter(Boolean);
    parts.push(`${edited.length} edited: ${bits.join(', ')}`);
  }
  for (const k of ROW_KINDS) {
    if (k === 'changed' || k === 'reworded') continue;
    const rs = rows.filter((r) => r.kind === k);
    if (!rs.length) continue;
    if (k === 'possible') {
      parts.push(`${rs.length} possible match${rs.length === 1 ? '' : 'es'} to check`);
      continue;
    }
    if (k === 'not-reported') {
      // Placeholder points whose content is not public are counted apart from provisions whose fate is unreported.
      const hidden = rs.filter((r) => {
        const pts = [...r.left, ...r.right];
        return pts.length === 1 && pts[0]!.status === 'unknown';
      });
      const rest = rs.filter((r) => !hidden.includes(r));
      if (rest.length) parts.push(`${rest.length} not reported`);
      if (hidden.length) parts.push(`${hidden.length} not public`);
      continue;
    }
    // What a row says of the other side (not in the excerpt, not addressed, no counterpart) has no status of its own.
    parts.push(`${rs.length} ${KIND_LABEL[k]}${['not-in-excerpt', 'unpaired', 'not-addressed', 'unmatched'].includes(k) ? '' : statusNote(rs)}`);
  }
  return {
    rows: rows.length,
    byKind: Object.fromEntries(ROW_KINDS.filter((k) => byKind[k]).map((k) => [k, byKind[k]!])),
    byStatus,
    disagree: rows.filter((r) => r.disagree).length,
    substantive: rows.filter((r) => r.change?.kind === 'substantive').length,
    possible: rows.filter((r) => r.kind === 'possible').length,
    text: `${leftShort} → ${rightShort}: ${parts.length ? parts.join(', ') : 'no rows'}`,
  };
}
