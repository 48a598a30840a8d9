import type { Plan } from '../../lib/schema';
import type { DraftAnalysis, DraftComparison, DraftContext, DraftProgress } from '../../lib/draft/analyse';

/** Messages between the /draft page and its worker (draft.worker.ts). One job at a time; `job` tells stale ones apart. */
export type ToWorker = { type: 'analyse'; job: number; text: string; plans: Plan[]; ctx: DraftContext };

/**
 * An analysis as the page receives it: each comparison as JSON text, parsed on the page only when it is shown. A
 * string crosses from the worker as one copy, where a 2,000-row comparison cloned as objects would hold the page for
 * tens of milliseconds per version.
 */
export type PackedComparison = { planId: string; closeness: number; json: string };
export type PackedAnalysis =
  | { ok: true; draft: Plan; warnings: Extract<DraftAnalysis, { ok: true }>['warnings']; from: 'json' | 'text'; comparisons: PackedComparison[]; ms: number }
  | { ok: false; issues: Extract<DraftAnalysis, { ok: false }>['issues'] };

export function pack(a: DraftAnalysis): PackedAnalysis {
  if (!a.ok) return a;
  return { ...a, comparisons: a.comparisons.map((x) => ({ planId: x.planId, closeness: x.closeness, json: JSON.stringify(x.c) })) };
}

export function unpack(x: PackedComparison): DraftComparison {
  return { planId: x.planId, closeness: x.closeness, c: JSON.parse(x.json) };
}

export type FromWorker = ({ type: 'progress'; job: number } & DraftProgress) | { type: 'done'; job: number; result: PackedAnalysis };
