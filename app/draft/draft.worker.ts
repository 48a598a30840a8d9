/**
 * The /draft page's worker: parsing and comparing a draft (up to 1 MB, 2,000 points) takes seconds on a slow machine,
 * so it runs here, off the page's main thread, and reports progress between versions. The page cancels a job by
 * terminating this worker. The engine is the same lib/ code the CLI and the tests run, bundled into this file.
 */
import { analyseDraft } from '../../lib/draft/analyse';
import { pack, type FromWorker, type ToWorker } from './worker-protocol';

const scope = globalThis as unknown as { onmessage: ((e: MessageEvent<ToWorker>) => void) | null; postMessage: (m: FromWorker) => void };

scope.onmessage = (e) => {
  const m = e.data;
  if (m?.type !== 'analyse') return;
  let result: FromWorker;
  try {
    result = { type: 'done', job: m.job, result: pack(analyseDraft(m.text, m.plans, m.ctx, (p) => scope.postMessage({ type: 'progress', job: m.job, ...p }))) };
  } catch (err) {
    // analyseDraft does not throw on any input; an engine bug still ends as a message, not a silent stop.
    result = { type: 'done', job: m.job, result: { ok: false, issues: [{ code: 'internal-error', message: `the comparison failed (${err instanceof Error ? err.message : String(err)}); please report it with the text` }] } };
  }
  scope.postMessage(result);
};
