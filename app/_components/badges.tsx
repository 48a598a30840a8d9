import type { RowKind, Status } from '../../lib/schema';
import { KIND_LABEL } from '../../lib/compare/compare';

const SHAPE: Record<Status, string> = { known: '●', reported: '◐', unknown: '○' };
const WORD: Record<Status, string> = { known: 'Known', reported: 'Reported', unknown: 'Unknown' };
const HELP: Record<Status, string> = {
  known: 'text from a primary document',
  reported: 'described by named sources, no text',
  unknown: 'exists, content not public',
};

/** Status in words and shape as well as colour. */
export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className={`badge s-${status}`} title={HELP[status]}>
      <span className="shape" aria-hidden="true">{SHAPE[status]}</span>
      {WORD[status]}
    </span>
  );
}

export function KindBadge({ kind }: { kind: RowKind }) {
  return <span className="badge kind">{KIND_LABEL[kind]}</span>;
}

export function DisagreeBadge() {
  return (
    <span className="badge disagree" title="The sources for this row say different things; each claim is listed">
      <span className="shape" aria-hidden="true">≠</span>
      Sources disagree
    </span>
  );
}

/** A known / reported / unknown breakdown as a bar (patterns, not only colours) with the counts in words. */
export function StatusBar({ counts, total }: { counts: Record<Status, number>; total: number }) {
  const pct = (n: number) => `${(100 * n) / Math.max(total, 1)}%`;
  return (
    <div>
      <div className="bar" aria-hidden="true">
        <span className="b-known" style={{ width: pct(counts.known) }} />
        <span className="b-reported" style={{ width: pct(counts.reported) }} />
        <span className="b-unknown" style={{ width: pct(counts.unknown) }} />
      </div>
      <span className="muted">
        {counts.known} known, {counts.reported} reported, {counts.unknown} not public
      </span>
    </div>
  );
}
