'use client';
import { useEffect, useMemo, useState } from 'react';
import type { Comparison, Plan } from '../../lib/schema';
import { compare } from '../../lib/compare/compare';
import { parseDraftInput, type ImportIssue } from '../../lib/draft/import';
import { RowView } from '../compare/[a]/[b]/row-view';
import { StatusBar } from '../_components/badges';

type Props = { plans: Plan[]; corpusVersion: string; corpusDate: string };
type Result =
  | { ok: true; draft: Plan; warnings: ImportIssue[]; from: 'json' | 'text'; comparisons: { plan: Plan; c: Comparison; closeness: number }[]; ms: number }
  | { ok: false; issues: ImportIssue[] };

const MAX_URL_TEXT = 6000;

/**
 * How close a draft is to a version: the share of the larger plan's points that pair with a point of the other
 * and keep their words (sameRatio of the word diff), so a version with the same points scores near 1.
 */
function closeness(c: Comparison): number {
  const paired = c.rows.filter((r) => r.left.length && r.right.length && r.diff).reduce((s, r) => s + r.diff!.sameRatio, 0);
  return paired / Math.max(c.provenance.left.declaredPoints, c.provenance.right.declaredPoints, 1);
}

function analyse(text: string, plans: Plan[], ctx: { corpusVersion: string; corpusDate: string }): Result {
  const t0 = performance.now();
  const today = new Date().toISOString().slice(0, 10);
  const parsed = parseDraftInput(text, { id: 'draft', title: 'Pasted draft', conflict: 'draft', date: today });
  if (!parsed.ok) return parsed;
  const comparisons = plans
    .map((plan) => {
      // A pasted list takes the conflict of each version it is compared with; a pasted plan JSON keeps its own.
      const draft = parsed.from === 'text' ? { ...parsed.plan, conflict: plan.conflict } : parsed.plan;
      // Alignment is computed only: no curated relation covers a pasted draft, and diff time is capped for user input.
      const c = compare(plan, draft, { ...ctx, diff: { timeoutMs: 200, maxEditLength: 2000 } });
      return { plan, c, closeness: closeness(c) };
    })
    .sort((x, y) => y.closeness - x.closeness || x.plan.id.localeCompare(y.plan.id));
  const ms = performance.now() - t0;
  performance.mark('plandiff-draft-done', { detail: { ms } });
  return { ok: true, draft: parsed.plan, warnings: parsed.warnings, from: parsed.from, comparisons, ms };
}

async function compress(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let bin = '';
  bytes.forEach((b) => (bin += String.fromCharCode(b)));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
async function decompress(b64: string): Promise<string> {
  const bin = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

function IssueList({ issues }: { issues: ImportIssue[] }) {
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

export function DraftTool({ plans, corpusVersion, corpusDate }: Props) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [target, setTarget] = useState<string>('');
  const [share, setShare] = useState<string>('');
  const [message, setMessage] = useState('');

  // A shared link carries the draft, compressed, in the fragment: it never reaches a server.
  useEffect(() => {
    const m = /#d=([A-Za-z0-9_-]+)/.exec(window.location.hash);
    if (m) {
      decompress(m[1]!)
        .then((t) => {
          setText(t);
          setResult(analyse(t, plans, { corpusVersion, corpusDate }));
        })
        .catch(() => setMessage('The shared link could not be read: it may have been cut short.'));
    }
  }, [plans, corpusVersion, corpusDate]);

  const run = () => {
    const r = analyse(text, plans, { corpusVersion, corpusDate });
    setResult(r);
    setTarget('');
    setShare('');
    if (r.ok) {
      void compress(text).then((z) => {
        if (z.length <= MAX_URL_TEXT) {
          const url = `${window.location.origin}/draft#d=${z}`;
          window.history.replaceState(null, '', `/draft#d=${z}`);
          setShare(url);
        } else setShare('');
      });
    }
  };

  const onFile = async (f: File | undefined) => {
    if (!f) return;
    if (f.size > 1_000_000) {
      setResult({ ok: false, issues: [{ code: 'too-large', message: `The file is ${f.size.toLocaleString('en')} bytes; the limit is 1,000,000 bytes (1 MB).` }] });
      return;
    }
    setText(await f.text());
    setResult(null);
  };

  const shown = useMemo(() => {
    if (!result?.ok) return null;
    return result.comparisons.find((x) => x.plan.id === target) ?? result.comparisons[0]!;
  }, [result, target]);

  const download = () => {
    if (!result?.ok) return;
    const blob = new Blob([`${JSON.stringify({ $schema: '../public/schema/plan.schema.json', ...result.draft }, null, 2)}\n`], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'draft.plan.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };

  return (
    <>
      <div className="panel">
        <label htmlFor="draft-text">
          <strong>Draft text</strong> (numbered list, or a plan JSON file)
        </label>
        <textarea
          id="draft-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={12}
          style={{ width: '100%', font: 'inherit', fontFamily: 'ui-monospace, monospace', fontSize: '.9rem' }}
          placeholder={'1. Ukraine’s sovereignty will be confirmed.\n2. …'}
        />
        <p>
          <label>
            Or open a file: <input type="file" accept=".txt,.json,text/plain,application/json" onChange={(e) => void onFile(e.target.files?.[0])} />
          </label>{' '}
          <button type="button" onClick={run}>
            Parse and compare
          </button>
        </p>
      </div>
      <div aria-live="polite">
        {message ? <p className="muted">{message}</p> : null}
        {result && !result.ok ? (
          <div className="warn" role="alert" data-testid="draft-errors">
            <p>The text could not be read as a plan:</p>
            <IssueList issues={result.issues} />
            <p>Your text is kept in the box above.</p>
          </div>
        ) : null}
      </div>
      {result?.ok && shown ? (
        <>
          <h2>Parsed: {result.draft.points.length} points</h2>
          {result.warnings.length ? (
            <div className="warn" data-testid="draft-warnings">
              <IssueList issues={result.warnings} />
            </div>
          ) : null}
          <details open>
            <summary>Check the parsed points ({result.from === 'json' ? 'from a plan file' : 'from the pasted text'})</summary>
            <ol data-testid="parsed-points">
              {result.draft.points.map((p) => (
                <li key={p.n ?? p.key} value={p.n ?? undefined}>
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
              ))}
            </ol>
          </details>
          <p data-testid="closest">
            Closest version: <strong>{result.comparisons[0]!.plan.shortTitle}</strong> ({result.comparisons[0]!.plan.id}), closeness{' '}
            {result.comparisons[0]!.closeness.toFixed(2)}. Parsed and compared with {result.comparisons.length} versions in {result.ms.toFixed(0)} ms.
          </p>
          <p>
            <label>
              Compare with{' '}
              <select value={shown.plan.id} onChange={(e) => setTarget(e.target.value)}>
                {result.comparisons.map((x) => (
                  <option key={x.plan.id} value={x.plan.id}>
                    {x.plan.shortTitle} (closeness {x.closeness.toFixed(2)})
                  </option>
                ))}
              </select>
            </label>{' '}
            <button type="button" onClick={download}>
              Download as plan JSON
            </button>{' '}
            {share ? (
              <a href={share}>Link to this view</a>
            ) : (
              <span className="muted">Too long to share as a link; download the plan JSON instead.</span>
            )}
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
          <ol className="rows" aria-label="Aligned rows">
            {shown.c.rows.map((r) => (
              <RowView key={r.id} c={shown.c} r={r} citable={false} />
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}
