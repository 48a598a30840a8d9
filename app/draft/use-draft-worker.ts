'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Plan } from '../../lib/schema';
import { analyseDraft, type DraftContext, type DraftProgress } from '../../lib/draft/analyse';
import { pack, type FromWorker, type PackedAnalysis, type ToWorker } from './worker-protocol';

export type DraftJob = { state: 'idle' } | { state: 'running'; progress: DraftProgress | null } | { state: 'cancelled' };

/**
 * Run drafts through the worker, one job at a time: `start` a job (a running one is cancelled first), `cancel` it
 * (the worker is terminated, so a long comparison stops at once; the next job starts a fresh worker). Where a worker
 * cannot be made, the job runs on the page after a paint, so the progress line is still shown first.
 */
export function useDraftWorker(onDone: (result: PackedAnalysis) => void) {
  const worker = useRef<Worker | null>(null);
  const job = useRef(0);
  const done = useRef(onDone);
  done.current = onDone;
  const [status, setStatus] = useState<DraftJob>({ state: 'idle' });

  const stopWorker = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  useEffect(() => stopWorker, []);

  const runInline = (id: number, text: string, plans: Plan[], ctx: DraftContext) => {
    setTimeout(() => {
      if (job.current !== id) return;
      const result = pack(analyseDraft(text, plans, ctx));
      if (job.current !== id) return;
      setStatus({ state: 'idle' });
      done.current(result);
    }, 50);
  };

  const start = useCallback((text: string, plans: Plan[], ctx: DraftContext) => {
    const id = ++job.current;
    setStatus({ state: 'running', progress: null });
    let w = worker.current;
    if (!w) {
      try {
        w = new Worker(new URL('./draft.worker.ts', import.meta.url));
      } catch {
        runInline(id, text, plans, ctx);
        return;
      }
      worker.current = w;
    }
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.job !== job.current) return;
      if (m.type === 'progress') setStatus({ state: 'running', progress: { stage: m.stage, done: m.done, total: m.total, planId: m.planId } });
      else {
        setStatus({ state: 'idle' });
        done.current(m.result);
      }
    };
    w.onerror = (e) => {
      // A worker that cannot load (a blocked script, an old browser) falls back to the page.
      e.preventDefault();
      stopWorker();
      if (job.current === id) runInline(id, text, plans, ctx);
    };
    const msg: ToWorker = { type: 'analyse', job: id, text, plans, ctx };
    w.postMessage(msg);
  }, []);

  const cancel = useCallback(() => {
    job.current++;
    stopWorker();
    setStatus({ state: 'cancelled' });
  }, []);

  return { status, start, cancel };
}
