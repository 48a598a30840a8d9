'use client';
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { Plan } from '../../lib/schema';
import { decodeTextBytes, fileByteCap, fileTooLarge } from '../../lib/draft/decode';
import { decodeShare, encodeShare, shareFragmentOf, SHARE_LIMITS } from '../../lib/draft/share';
import { DraftResults, IssueList } from './draft-results';
import { useDraftWorker, type DraftJob } from './use-draft-worker';
import { unpack, type PackedAnalysis } from './worker-protocol';

type Props = { plans: Plan[]; corpusVersion: string; corpusDate: string };

const today = () => new Date().toISOString().slice(0, 10);

function progressText(job: Extract<DraftJob, { state: 'running' }>, plans: Map<string, Plan>): { text: string; done: number; total: number } {
  const p = job.progress;
  if (!p || p.stage === 'parse') return { text: 'Reading the draft…', done: 0, total: Math.max(p?.total ?? 1, 1) };
  if (p.done >= p.total) return { text: 'Putting the results together…', done: p.total, total: p.total };
  const name = p.planId ? (plans.get(p.planId)?.shortTitle ?? p.planId) : '';
  return { text: `Comparing with version ${p.done + 1} of ${p.total}${name ? ` (${name})` : ''}…`, done: p.done, total: p.total };
}

export function DraftTool({ plans, corpusVersion, corpusDate }: Props) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<PackedAnalysis | null>(null);
  const [target, setTarget] = useState<string>('');
  const [share, setShare] = useState<string>('');
  const [message, setMessage] = useState('');
  const analysed = useRef('');
  const byId = useMemo(() => new Map(plans.map((p) => [p.id, p])), [plans]);

  const { status, start, cancel } = useDraftWorker((r) => {
    // The first screen of results is rendered as a transition too, so the page answers input while it is drawn.
    startTransition(() => setResult(r));
    if (r.ok) {
      performance.mark('plandiff-draft-done', { detail: { ms: r.ms } });
      const t = analysed.current;
      void encodeShare(t).then((z) => {
        if (analysed.current !== t) return;
        if (z.length <= SHARE_LIMITS.maxLinkChars) {
          window.history.replaceState(null, '', `/draft#d=${z}`);
          setShare(`${window.location.origin}/draft#d=${z}`);
        } else setShare('');
      });
    }
  });

  const analyse = (t: string) => {
    analysed.current = t;
    setResult(null);
    setTarget('');
    setShare('');
    setMessage('');
    start(t, plans, { corpusVersion, corpusDate, today: today() });
  };
  const analyseRef = useRef(analyse);
  analyseRef.current = analyse;

  // A shared link carries the draft, compressed, in the fragment: it never reaches a server. It is unpacked with a
  // cap (lib/draft/share.ts), so a crafted link cannot hold the page. Read when the page opens, and again when another
  // link is opened on it (a hash change; the page's own link updates do not fire one).
  useEffect(() => {
    let live = true;
    const open = () => {
      const frag = shareFragmentOf(window.location.hash);
      if (frag === undefined) return;
      setMessage('Opening the shared draft…');
      setResult(null);
      void decodeShare(frag).then((r) => {
        if (!live) return;
        if (!r.ok) {
          setMessage(r.message);
          return;
        }
        setText(r.text);
        analyseRef.current(r.text);
      });
    };
    open();
    window.addEventListener('hashchange', open);
    return () => {
      live = false;
      window.removeEventListener('hashchange', open);
    };
  }, []);

  const onFile = async (f: File | undefined) => {
    if (!f) return;
    setMessage('');
    // The size is judged before a byte is read: the first bytes say the encoding, and so the cap.
    const cap = fileByteCap(new Uint8Array(await f.slice(0, 4).arrayBuffer()));
    if (f.size > cap) {
      setResult({ ok: false, issues: [fileTooLarge(f.size, cap)] });
      return;
    }
    const d = decodeTextBytes(new Uint8Array(await f.arrayBuffer()));
    if (!d.ok) {
      setResult({ ok: false, issues: [d.issue] });
      return;
    }
    setText(d.text);
    setResult(null);
  };

  // Only the comparison on screen is parsed (see worker-protocol.ts).
  const shown = useMemo(() => {
    if (!result?.ok) return null;
    return unpack(result.comparisons.find((x) => x.planId === target) ?? result.comparisons[0]!);
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

  const running = status.state === 'running';
  const progress = status.state === 'running' ? progressText(status, byId) : null;

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
          <button type="button" onClick={() => analyse(text)} disabled={running}>
            Parse and compare
          </button>{' '}
          {running ? (
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          ) : null}
        </p>
      </div>
      <div aria-live="polite">
        {progress ? (
          <p role="status" data-testid="draft-progress">
            <progress max={progress.total} value={progress.done} aria-label="Progress of the comparison" /> {progress.text}
          </p>
        ) : null}
        {status.state === 'cancelled' && !result ? (
          <p className="muted" data-testid="draft-cancelled">
            Stopped before the comparison was done. Your text is kept in the box above.
          </p>
        ) : null}
        {message ? (
          <p className="muted" data-testid="draft-message">
            {message}
          </p>
        ) : null}
        {result && !result.ok ? (
          <div className="warn" role="alert" data-testid="draft-errors">
            <p>The text could not be read as a plan:</p>
            <IssueList issues={result.issues} />
            <p>Your text is kept in the box above.</p>
          </div>
        ) : null}
      </div>
      {result?.ok && shown ? (
        <DraftResults
          result={result}
          plans={byId}
          shown={shown}
          onTarget={setTarget}
          onDownload={download}
          share={share ? <a href={share}>Link to this view</a> : <span className="muted">Too long to share as a link; download the plan JSON instead.</span>}
        />
      ) : null}
    </>
  );
}
