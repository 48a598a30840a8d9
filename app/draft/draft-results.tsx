'use client';
import { memo, startTransition, useEffect, useState, type ReactNode } from 'react';
import type { Comparison, Plan, Row } from '../../lib/schema';
import type { DraftComparison } from '../../lib/draft/analyse';
import type { PackedAnalysis } from './worker-protocol';
import type { ImportIssue } from '../../lib/draft/import';
import { RowView } from '../compare/[a]/[b]/row-view';
import { StatusBar } from '../_components/badges';
import styles from './draft.module.css';

/**
 * Everything the /draft page shows for an analysed draft, in one place: the parsed points, the closest versions, and
 * the aligned rows of the chosen one. Long lists are put on screen in batches, one batch per frame, so a 2,000-point
 * draft never holds the page for long; `DraftRow` is the one place a row is drawn (new kinds of row go there).
 */

/**
 * Items put on screen per step. Each step is rendered as a transition (in slices, yielding to input) and committed in
 * one short task; off-screen rows are not laid out (draft.module.css).
 */
const BATCH = 40;

/** How many of `total` items to show: BATCH at first, one more BATCH per animation frame, restarting when `key` changes. */
function useProgressiveCount(total: number, key: unknown): number {
  const [shown, setShown] = useState({ key, n: Math.min(total, BATCH) });
  const n = shown.key === key ? shown.n : Math.min(total, BATCH);
  useEffect(() => {
    if (shown.key !== key) {
      setShown({ key, n: Math.min(total, BATCH) });
      return;
    }
    if (n >= total) return;
    // A transition: React renders the batch in slices of a few milliseconds, yielding to input in between.
    const id = requestAnimationFrame(() => startTransition(() => setShown((s) => (s.key === key ? { key, n: Math.min(total, s.n + BATCH) } : s))));
    return () => cancelAnimationFrame(id);
  }, [key, n, total, shown.key]);
  return n;
}

export function IssueList({ issues }: { issues: ImportIssue[] }) {
  return (
    <ul>
      {issues.map((i, k) => (
        <li key={k}>
          {i.line ? `Line ${i.line}: ` : ''}
          {i.message}
        </li>
      ))}
    </ul>
  );
}

/** One aligned row of a draft comparison. Rows of a draft have no permalink (the draft is not a corpus version). */
const DraftRow = memo(function DraftRow({ c, r }: { c: Comparison; r: Row }) {
  return <RowView c={c} r={r} citable={false} />;
});

const ParsedPoint = memo(function ParsedPoint({ p }: { p: Plan['points'][number] }) {
  return (
    <li value={p.n ?? undefined}>
      {p.status === 'known' ? p.text : '(no text)'}
      {p.status === 'known' && p.items?.length ? (
        <ul>
          {p.items.map((it, k) => (
            <li key={k}>
              {it.label ? `${it.label}) ` : ''}
              {it.text}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
});

function ParsedPoints({ draft }: { draft: Plan }) {
  const n = useProgressiveCount(draft.points.length, draft);
  return (
    <ol data-testid="parsed-points" className={styles.points}>
      {draft.points.slice(0, n).map((p) => (
        <ParsedPoint key={p.n ?? p.key} p={p} />
      ))}
    </ol>
  );
}

function Rows({ c }: { c: Comparison }) {
  const n = useProgressiveCount(c.rows.length, c);
  return (
    <>
      <ol className={`rows ${styles.rows}`} aria-label="Aligned rows" aria-busy={n < c.rows.length}>
        {c.rows.slice(0, n).map((r) => (
          <DraftRow key={r.id} c={c} r={r} />
        ))}
      </ol>
      {n < c.rows.length ? <p className="muted">Showing {n.toLocaleString('en')} of {c.rows.length.toLocaleString('en')} rows…</p> : null}
    </>
  );
}

type Props = {
  result: Extract<PackedAnalysis, { ok: true }>;
  plans: Map<string, Plan>;
  /** The version chosen in "Compare with" (the closest by default). */
  shown: DraftComparison;
  onTarget: (planId: string) => void;
  onDownload: () => void;
  share: ReactNode;
};

export function DraftResults({ result, plans, shown, onTarget, onDownload, share }: Props) {
  const title = (id: string) => plans.get(id)?.shortTitle ?? id;
  const best = result.comparisons[0]!;
  return (
    <>
      <h2>Parsed: {result.draft.points.length} points</h2>
      {result.warnings.length ? (
        <div className="warn" data-testid="draft-warnings">
          <IssueList issues={result.warnings} />
        </div>
      ) : null}
      <details open={result.draft.points.length <= 200}>
        <summary>Check the parsed points ({result.from === 'json' ? 'from a plan file' : 'from the pasted text'})</summary>
        <ParsedPoints draft={result.draft} />
      </details>
      <p data-testid="closest">
        Closest version: <strong>{title(best.planId)}</strong> ({best.planId}), closeness {best.closeness.toFixed(2)}. Parsed and compared with {result.comparisons.length} versions in{' '}
        {result.ms.toFixed(0)} ms.
      </p>
      <p>
        <label>
          Compare with{' '}
          <select value={shown.planId} onChange={(e) => onTarget(e.target.value)}>
            {result.comparisons.map((x) => (
              <option key={x.planId} value={x.planId}>
                {title(x.planId)} (closeness {x.closeness.toFixed(2)})
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" onClick={onDownload}>
          Download as plan JSON
        </button>{' '}
        {share}
      </p>
      <div className="panel">
        <p style={{ marginTop: 0 }}>
          <strong data-testid="draft-summary">{shown.c.summary.text}</strong>
        </p>
        <StatusBar counts={shown.c.provenance.left.counts} total={shown.c.provenance.left.declaredPoints} />
        {shown.c.provenance.notes.map((n) => (
          <p key={n} className="muted">
            {n}
          </p>
        ))}
      </div>
      <Rows c={shown.c} />
    </>
  );
}
