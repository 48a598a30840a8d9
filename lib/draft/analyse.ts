import type { Comparison, Plan } from '../schema';
import { compare } from '../compare/compare';
import { parseDraftInput, type ImportIssue } from './import';

/**
 * A pasted draft against every version: parse it (text or plan JSON), compare it with each version, rank the versions
 * by closeness. Pure and synchronous; the /draft page runs it in a Web Worker (app/draft/draft.worker.ts) so the
 * page stays responsive, and reports progress between steps.
 */
export type DraftComparison = { planId: string; c: Comparison; closeness: number };

export type DraftAnalysis =
  | { ok: true; draft: Plan; warnings: ImportIssue[]; from: 'json' | 'text'; comparisons: DraftComparison[]; ms: number }
  | { ok: false; issues: ImportIssue[] };

export type DraftProgress = { stage: 'parse' | 'compare'; done: number; total: number; planId?: string };

export type DraftContext = { corpusVersion: string; corpusDate: string; today: string };

/**
 * How close a draft is to a version, as the page has ranked versions so far: the share of the larger plan's points
 * that pair with a point of the other and keep their words (sameRatio of the word diff), so a version with the same
 * points scores near 1. (closest.ts says closeness in words; the page can move to it.)
 */
export function wordCloseness(c: Comparison): number {
  const paired = c.rows.filter((r) => r.left.length && r.right.length && r.diff).reduce((s, r) => s + r.diff!.sameRatio, 0);
  return paired / Math.max(c.provenance.left.declaredPoints, c.provenance.right.declaredPoints, 1);
}

/** The draft's id on the page; a pasted draft never carries a corpus id. */
export const DRAFT_ID = 'draft';

export function analyseDraft(text: string, plans: Plan[], ctx: DraftContext, onProgress?: (p: DraftProgress) => void): DraftAnalysis {
  const t0 = Date.now();
  onProgress?.({ stage: 'parse', done: 0, total: plans.length });
  const parsed = parseDraftInput(text, { id: DRAFT_ID, title: 'Pasted draft', conflict: 'draft', date: ctx.today });
  if (!parsed.ok) return parsed;
  // A pasted plan JSON may carry any id, a corpus id too: on the page it is the draft, never the corpus's version.
  const draftPlan = parsed.from === 'json' && plans.some((p) => p.id === parsed.plan.id) ? { ...parsed.plan, id: `pasted:${parsed.plan.id}` } : parsed.plan;
  const comparisons: DraftComparison[] = [];
  plans.forEach((plan, i) => {
    onProgress?.({ stage: 'compare', done: i, total: plans.length, planId: plan.id });
    // A pasted list takes the conflict of each version it is compared with; a pasted plan JSON keeps its own.
    const draft = parsed.from === 'text' ? { ...draftPlan, conflict: plan.conflict } : draftPlan;
    // Alignment is computed only: no relation in the corpus covers a pasted draft, and diff time is capped for user input.
    const c = compare(plan, draft, { corpusVersion: ctx.corpusVersion, corpusDate: ctx.corpusDate, origin: { right: 'pasted' }, diff: { timeoutMs: 200, maxEditLength: 2000 } });
    comparisons.push({ planId: plan.id, c, closeness: wordCloseness(c) });
  });
  onProgress?.({ stage: 'compare', done: plans.length, total: plans.length });
  comparisons.sort((x, y) => y.closeness - x.closeness || x.planId.localeCompare(y.planId));
  return { ok: true, draft: draftPlan, warnings: parsed.warnings, from: parsed.from, comparisons, ms: Date.now() - t0 };
}
